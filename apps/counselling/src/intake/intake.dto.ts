import { MaxChars } from '@linkage/errors';
import { ApiNextCursor, PageQuery } from '@linkage/database';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { queryBoolean, trim } from '../programmes/programme.dto';
import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from './application.entity';
import type { IntakeSurvey } from './intake-survey.entity';
import {
  COMPARISON_OPS,
  QUESTION_TYPES,
  SURVEY_TEMPLATES,
  type Answers,
  type ComparisonOp,
  type EligibilityRule,
  type QuestionType,
  type SurveyDefinition,
  type SurveyTemplate,
} from './survey';

const ID = /^[a-z][a-z0-9_]{0,59}$/;

export class ChoiceOptionDto {
  @ApiProperty({ example: 'yes' }) @IsString() @Matches(ID) value: string;
  @ApiProperty({ example: '是' }) @IsString() @IsNotEmpty() @MaxChars(200) label: string;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsNumber() score?: number;
}

export class NumberScoreBandDto {
  @ApiPropertyOptional({ example: 0 }) @IsOptional() @IsNumber() min?: number;
  @ApiPropertyOptional({ example: 10 }) @IsOptional() @IsNumber() max?: number;
  @ApiProperty({ example: 1 }) @IsNumber() score: number;
}

export class QuestionDto {
  @ApiProperty({ example: 'sleep', description: 'Lower case letters, digits and _' })
  @IsString()
  @Matches(ID, { message: 'id must be lower case letters, digits and _, starting with a letter' })
  id: string;

  @ApiProperty({ enum: QUESTION_TYPES, enumName: 'QuestionType' }) @IsIn(QUESTION_TYPES) type: QuestionType;
  @ApiProperty({ example: '最近一周的睡眠困扰程度' }) @IsString() @IsNotEmpty() @MaxChars(500) text: string;
  @ApiPropertyOptional({ default: true, example: true }) @IsOptional() @IsBoolean() required?: boolean;

  @ApiPropertyOptional({ type: [ChoiceOptionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChoiceOptionDto)
  options?: ChoiceOptionDto[];

  @ApiPropertyOptional({ example: 0 }) @IsOptional() @IsNumber() min?: number;
  @ApiPropertyOptional({ example: 10 }) @IsOptional() @IsNumber() max?: number;

  @ApiPropertyOptional({ type: [NumberScoreBandDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NumberScoreBandDto)
  scoreBands?: NumberScoreBandDto[];

  @ApiPropertyOptional({ description: 'scale: the chosen point counts in the total', example: true })
  @IsOptional()
  @IsBoolean()
  scored?: boolean;
}

export class ScoreBandDto {
  @ApiProperty({ example: 5 }) @IsNumber() min: number;
  @ApiProperty({ example: 5 }) @IsNumber() max: number;
  @ApiProperty({ example: 'moderate' }) @IsString() @IsNotEmpty() @MaxLength(60) label: string;
}

export class SurveyDefinitionDto {
  @ApiProperty({
    example: 'worries',
    description: 'The instrument the total is; outcomes are measured under it',
  })
  @IsString()
  @Matches(ID)
  instrument: string;

  @ApiProperty({ type: [QuestionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions: QuestionDto[];

  @ApiProperty({ type: [ScoreBandDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ScoreBandDto)
  bands: ScoreBandDto[];

  @ApiProperty({
    description: 'Whether a lower total is better (a dependence or distress score)',
    example: true,
  })
  @IsBoolean()
  lowerIsBetter: boolean;
}

export class EligibilityRuleDto {
  @ApiProperty({ enum: ['score', 'answer', 'answer_in'], enumName: 'EligibilityRuleKind', example: 'score' })
  @IsIn(['score', 'answer', 'answer_in'])
  kind: EligibilityRule['kind'];

  @ApiPropertyOptional({ example: 'smokes_daily' })
  @IsOptional()
  @IsString()
  @Matches(ID)
  questionId?: string;
  @ApiPropertyOptional({ enum: COMPARISON_OPS, enumName: 'ComparisonOp', example: 'gte' })
  @IsOptional()
  @IsIn(COMPARISON_OPS)
  op?: ComparisonOp;

  @ApiPropertyOptional({ oneOf: [{ type: 'number' }, { type: 'string' }], example: 3 })
  @IsOptional()
  value?: number | string;

  @ApiPropertyOptional({ type: [String], example: ['yes'] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  values?: string[];

  @ApiProperty({ example: 'FTND score of 3 or more', description: 'What the rule asks, in words' })
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  message: string;
}

export class SetIntakeDto {
  @ApiPropertyOptional({
    enum: Object.keys(SURVEY_TEMPLATES),
    enumName: 'SurveyTemplate',
    description:
      'Start from a built-in survey (ftnd: the six FTND items with the quit group’s eligibility rules)',
    example: 'ftnd',
  })
  @IsOptional()
  @IsIn(Object.keys(SURVEY_TEMPLATES))
  template?: SurveyTemplate;

  @ApiPropertyOptional({
    type: SurveyDefinitionDto,
    description: 'Questions and scoring; required without a template',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SurveyDefinitionDto)
  definition?: SurveyDefinitionDto;

  @ApiPropertyOptional({ type: [EligibilityRuleDto], description: 'All must hold; replaces the template’s' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EligibilityRuleDto)
  eligibility?: EligibilityRuleDto[];

  @ApiPropertyOptional({
    default: false,
    description: 'Publish it: students of an open programme may answer it',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;
}

export class ApplyDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { ftnd_first_cigarette: '6_30', ftnd_cigarettes_per_day: 15, smokes_daily: 'yes' },
    description: 'Answers by question id: a choice’s value, a number, or text',
  })
  @IsObject()
  answers: Answers;
}

export const DECISIONS = ['accept', 'waitlist', 'refer'] as const;
export type Decision = (typeof DECISIONS)[number];

export class DecideDto {
  @ApiProperty({ enum: DECISIONS, enumName: 'IntakeDecision' }) @IsIn(DECISIONS) decision: Decision;

  @ApiPropertyOptional({
    example: '建议转介至校心理中心个体咨询',
    maxLength: 500,
    description: 'Required to refer',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  reason?: string;
}

export class ListApplicationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, enumName: 'ApplicationStatus' })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({
    description: 'Only eligible (true) or ineligible (false) applicants',
    example: true,
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  eligible?: boolean;
}

export class IntakeView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({ type: SurveyDefinitionDto }) definition: SurveyDefinition;
  @ApiProperty({ type: [EligibilityRuleDto] }) eligibility: EligibilityRule[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-10-15T11:00:00.000Z' })
  publishedAt: string | null;
  @ApiProperty({ type: 'integer', example: 3 }) version: number;

  static of(s: IntakeSurvey): IntakeView {
    return {
      programmeId: s.programmeId,
      definition: s.definition,
      eligibility: s.eligibility,
      publishedAt: s.publishedAt?.toISOString() ?? null,
      version: s.version,
    };
  }
}

export class ApplicationView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) accountId: string;
  @ApiProperty({ example: '陈思远' }) displayName: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 5 }) score: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'moderate' }) band: string | null;
  @ApiProperty({ example: true }) eligible: boolean;
  @ApiProperty({ type: [String], example: [] }) unmet: string[];
  @ApiProperty({ enum: APPLICATION_STATUSES, enumName: 'ApplicationStatus' }) status: ApplicationStatus;
  @ApiProperty({ nullable: true, type: String, example: '建议转介至校心理中心' }) decisionReason:
    string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-10-15T11:00:00.000Z' })
  decidedAt: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) createdAt: string;

  static of(a: Application): ApplicationView {
    return {
      id: a.id,
      programmeId: a.programmeId,
      accountId: a.accountId,
      displayName: a.displayName,
      score: a.score,
      band: a.band,
      eligible: a.eligible,
      unmet: a.unmet,
      status: a.status,
      decisionReason: a.decisionReason,
      decidedAt: a.decidedAt?.toISOString() ?? null,
      createdAt: a.createdAt.toISOString(),
    };
  }
}

/** What counsellors see in the queue: the application with its answers. */
export class ApplicationDetailView extends ApplicationView {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { smokes_daily: 'yes', ftnd_cigarettes_per_day: 15 },
  })
  answers: Answers;

  static detail(a: Application): ApplicationDetailView {
    return { ...ApplicationView.of(a), answers: a.answers };
  }
}

export class ApplicationPage {
  @ApiProperty({ type: [ApplicationDetailView] }) items: ApplicationDetailView[];
  @ApiNextCursor() nextCursor: string | null;
}
