import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsCalendarDate, trim } from '../programmes/programme.dto';
import { MOODS, type CheckIn, type Mood } from './check-in.entity';
import type { Goal } from './goal.entity';
import type { PointPrevalence } from './quit-progress';
import type { QuitProgress } from './check-in-queries';

export class SetQuitGoalDto {
  @ApiProperty({ format: 'date', example: '2026-10-22', description: 'The day the member stops smoking' })
  @IsCalendarDate()
  quitDate: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    example: 0,
    description: 'Cigarettes a day the member aims for until (and after) the quit date',
  })
  @IsInt()
  @Min(0)
  @Max(100)
  targetCigarettesPerDay: number;
}

export class QuitGoalView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({ format: 'date', example: '2026-10-22' }) quitDate: string;
  @ApiProperty({ type: 'integer', example: 0 }) targetCigarettesPerDay: number;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) updatedAt: string;

  static of(g: Goal): QuitGoalView {
    return {
      enrolmentId: g.enrolmentId,
      programmeId: g.programmeId,
      quitDate: g.quitDate,
      targetCigarettesPerDay: g.targetCigarettesPerDay,
      updatedAt: g.updatedAt.toISOString(),
    };
  }
}

export class DailyCheckInDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 200, example: 0, description: 'Smoked today' })
  @IsInt()
  @Min(0)
  @Max(200)
  cigarettes: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 10,
    example: 4,
    description: 'Craving, 0 (none) to 10',
  })
  @IsInt()
  @Min(0)
  @Max(10)
  craving: number;

  @ApiProperty({ enum: MOODS, enumName: 'CheckInMood' })
  @IsIn(MOODS)
  mood: Mood;

  @ApiProperty({ example: false, description: 'A slip or lapse today (resets the smoke-free streak)' })
  @IsBoolean()
  lapse: boolean;

  @ApiPropertyOptional({
    example: '晚饭后很想抽，出去散步了',
    maxLength: 500,
    description: 'In the member’s own words; encrypted, read by the member and the counsellors only',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  note?: string;
}

export class DailyCheckInView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) enrolmentId: string;
  @ApiProperty({ format: 'date', example: '2026-10-23', description: 'The day in Asia/Shanghai' })
  localDate: string;
  @ApiProperty({ type: 'integer', example: 0 }) cigarettes: number;
  @ApiProperty({ type: 'integer', example: 4 }) craving: number;
  @ApiProperty({ enum: MOODS, enumName: 'CheckInMood' }) mood: Mood;
  @ApiProperty({ example: false }) lapse: boolean;
  @ApiProperty({ nullable: true, type: String, example: '晚饭后很想抽，出去散步了' }) note: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-10-23T12:00:00.000Z' }) createdAt: string;
  @ApiProperty({
    format: 'date-time',
    example: '2026-10-23T13:30:00.000Z',
    description: 'Later than createdAt when the day’s check-in was sent again (it replaces the first)',
  })
  updatedAt: string;

  static of(c: CheckIn, note: string | null): DailyCheckInView {
    return {
      id: c.id,
      enrolmentId: c.enrolmentId,
      localDate: c.localDate,
      cigarettes: c.cigarettes,
      craving: c.craving,
      mood: c.mood,
      lapse: c.lapse,
      note,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export const POINT_PREVALENCE_STATUSES = ['abstinent', 'smoking', 'not_due'] as const;

export class PointPrevalenceView {
  @ApiProperty({ type: 'integer', example: 4, description: 'Weeks after the quit date' }) week: number;
  @ApiProperty({ format: 'date', example: '2026-11-19', description: 'The last of the 7 days assessed' })
  assessedOn: string;
  @ApiProperty({ enum: POINT_PREVALENCE_STATUSES, enumName: 'PointPrevalenceStatus' })
  status: PointPrevalence;
}

export class QuitProgressView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) enrolmentId: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, example: '2026-10-22' })
  quitDate: string | null;
  @ApiProperty({
    type: 'integer',
    example: 4,
    description: 'Smoke-free days in a row since the quit date; a lapse or a cigarette resets it to 0',
  })
  streak: number;
  @ApiProperty({ format: 'date', nullable: true, type: String, example: '2026-10-25' })
  lastCheckInOn: string | null;
  @ApiProperty({ type: [PointPrevalenceView], description: '7-day point prevalence at weeks 4, 12, 26' })
  pointPrevalence: PointPrevalenceView[];

  static of(enrolmentId: string, p: QuitProgress): QuitProgressView {
    return { enrolmentId, ...p };
  }
}
