import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { ApplyDto } from '../intake/intake.dto';
import { MEASURE_PHASES, type MeasurePhase, type OutcomeMeasure } from './outcome-measure.entity';
import type { AbstinenceFigure, MeasureFigures } from './outcome-report';
import type { GroupFigure } from './suppression';

/** Which scored survey a measure is: the programme's own intake survey, or a built-in instrument. */
export const OUTCOME_SURVEYS = ['intake', 'ftnd'] as const;
export type OutcomeSurvey = (typeof OUTCOME_SURVEYS)[number];

/** The answers (as an application gives them), whose member, at which phase, to which survey. */
export class RecordMeasureDto extends ApplyDto {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' })
  @IsUUID('all')
  enrolmentId: string;

  @ApiProperty({
    enum: MEASURE_PHASES,
    enumName: 'MeasurePhase',
    description: 'pre: at the start; post: at the end',
  })
  @IsIn(MEASURE_PHASES)
  phase: MeasurePhase;

  @ApiProperty({
    enum: OUTCOME_SURVEYS,
    enumName: 'OutcomeSurvey',
    description: 'intake: the programme’s published intake survey; ftnd: the built-in FTND',
  })
  @IsIn(OUTCOME_SURVEYS)
  survey: OutcomeSurvey;
}

export class MeasureView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) enrolmentId: string;
  @ApiProperty({ example: 'ftnd' }) instrument: string;
  @ApiProperty({ enum: MEASURE_PHASES, enumName: 'MeasurePhase' }) phase: MeasurePhase;
  @ApiProperty({ example: 5 }) score: number;
  @ApiProperty({ example: true, description: 'A lower score is the better one' }) lowerIsBetter: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) recordedAt: string;

  static of(m: OutcomeMeasure): MeasureView {
    return {
      id: m.id,
      programmeId: m.programmeId,
      enrolmentId: m.enrolmentId,
      instrument: m.instrument,
      phase: m.phase,
      score: m.score,
      lowerIsBetter: m.lowerIsBetter,
      recordedAt: m.recordedAt.toISOString(),
    };
  }
}

/** A group figure: null with `suppressed: true` when computed from fewer than 5 people. */
export class GroupFigureView {
  @ApiProperty({ type: Number, nullable: true, example: -2.4 }) value: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 6,
    description: 'People it was computed from; null when suppressed',
  })
  n: number | null;
  @ApiProperty({ example: false, description: 'Fewer than 5 people: no value is shown' }) suppressed: boolean;
}

export class MeasureFiguresView {
  @ApiProperty({ example: 'ftnd' }) instrument: string;
  @ApiProperty({ example: true }) lowerIsBetter: boolean;
  @ApiProperty({ type: GroupFigureView }) meanPre: GroupFigure;
  @ApiProperty({ type: GroupFigureView }) meanPost: GroupFigure;
  @ApiProperty({ type: GroupFigureView, description: 'Mean of post − pre' }) meanChange: GroupFigure;
  @ApiProperty({ type: GroupFigureView, description: 'Share (0–1) whose score moved the better way' })
  shareImproved: GroupFigure;
}

export class AbstinenceFigureView {
  @ApiProperty({ type: 'integer', example: 4, description: 'Weeks after each member’s quit date' })
  week: number;
  @ApiProperty({
    type: GroupFigureView,
    description: 'Share (0–1) abstinent on the 7 days ending that week, among members whose week is due',
  })
  rate: GroupFigure;
}

export class OutcomeReportView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({ format: 'date', example: '2027-01-14', description: 'The day the report was computed on' })
  asOf: string;
  @ApiProperty({ type: [MeasureFiguresView] }) measures: MeasureFigures[];
  @ApiProperty({ type: [AbstinenceFigureView] }) abstinence: AbstinenceFigure[];
}
