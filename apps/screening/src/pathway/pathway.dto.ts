import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { AccessReasonQuery } from '../residents/access-reason';
import { FOLLOW_UP_KINDS, type FollowUpKind } from './follow-up.repository';
import { REFERRAL_STATUSES, type ReferralStatus } from './referral.repository';

const DATE_ONLY = { strict: true, strictSeparator: true } as const;
export const TASK_KINDS = ['stage2', 'referral_outcome', 'referral_blocked', 'follow_up'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];
const INTERVENTIONS = ['cognitive_training', 'carer_education'] as const;

export class ListTasksQuery extends AccessReasonQuery {
  @ApiPropertyOptional({
    enum: TASK_KINDS,
    enumName: 'PathwayTaskKind',
    description:
      'stage2: re-checks due; referral_outcome: referrals sent, waiting for the hospital; referral_blocked: referrals waiting for consent or a hospital; follow_up: planned visits and interventions',
  })
  @IsOptional()
  @IsIn(TASK_KINDS)
  kind?: TaskKind;

  @ApiPropertyOptional({
    description: 'Only what is overdue (stage 2 past due, referral without outcome, visit missed)',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  overdue?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class InterventionInput {
  @ApiProperty({ enum: INTERVENTIONS, enumName: 'InterventionKind', example: 'cognitive_training' })
  @IsIn(INTERVENTIONS)
  kind: (typeof INTERVENTIONS)[number];

  @ApiProperty({ example: '2026-12-10', description: 'Local date (Asia/Shanghai)' })
  @IsISO8601(DATE_ONLY)
  dueOn: string;
}

export class FollowUpPlanDto {
  @ApiProperty({ example: '2026-11-20', description: 'The day the intervals count from (local date)' })
  @IsISO8601(DATE_ONLY)
  startsOn: string;

  @ApiProperty({
    type: [Number],
    example: [30, 90, 180],
    description: 'A visit this many days after startsOn, each',
  })
  @IsArray()
  @ArrayMaxSize(24)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(1095, { each: true })
  visitIntervalsDays: number[];

  @ApiPropertyOptional({
    type: [InterventionInput],
    description: 'Cognitive training sessions, family-carer education',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => InterventionInput)
  interventions?: InterventionInput[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The referral the plan follows',
    example: '0193c4d5-7777-7c3d-8e4f-5a6b7c8d9e0f',
  })
  @IsOptional()
  @IsUUID('all')
  referralId?: string;
}

export class RecordFollowUpDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The planned visit or intervention done; unset: one not planned',
    example: '0193c4d5-8888-7c3d-8e4f-5a6b7c8d9e0f',
  })
  @IsOptional()
  @IsUUID('all')
  followUpId?: string;

  @ApiPropertyOptional({
    enum: FOLLOW_UP_KINDS,
    enumName: 'FollowUpKind',
    description: 'Required without followUpId',
  })
  @IsOptional()
  @IsIn(FOLLOW_UP_KINDS)
  kind?: FollowUpKind;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T02:00:00.000Z' })
  @IsISO8601({ strict: true })
  doneAt: string;

  @ApiPropertyOptional({ example: '家属反映近期记忆稳定，已完成第一次认知训练。', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  note?: string;
}

export class TaskView {
  @ApiProperty({ enum: TASK_KINDS, enumName: 'PathwayTaskKind', example: 'stage2' }) kind: TaskKind;
  @ApiProperty({
    format: 'uuid',
    example: '0193c4d5-6666-7c3d-8e4f-5a6b7c8d9e0f',
    description: 'The task, referral or follow-up',
  })
  id: string;
  @ApiProperty({ format: 'uuid', example: '0193c4d5-1a2b-7c3d-8e4f-5a6b7c8d9e0f' }) residentId: string;
  @ApiProperty({ example: '滨海路社区' }) community: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-10-23', description: 'Local date it is due' })
  dueOn: string | null;
  @ApiProperty({ example: false }) overdue: boolean;
  @ApiProperty({ example: 'open', description: 'The task’s, referral’s or follow-up’s status' })
  status: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'A follow-up’s kind' }) detail:
    string | null;
}

export class TaskList {
  @ApiProperty({ type: [TaskView] }) items: TaskView[];
}

export class Stage2TaskView {
  @ApiProperty({ format: 'uuid', example: '0193c4d5-6666-7c3d-8e4f-5a6b7c8d9e0f' }) id: string;
  @ApiProperty({ enum: ['open', 'done'], enumName: 'Stage2TaskStatus', example: 'open' }) status:
    'open' | 'done';
  @ApiProperty({ example: '2026-10-23' }) dueOn: string;
  @ApiProperty({ example: false }) overdue: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-10-09T01:41:00.000Z' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null }) closedAt: string | null;
}

export class ReferralOutcomeView {
  @ApiProperty({ enum: ['completed', 'declined'], enumName: 'ReferralOutcomeStatus', example: 'completed' })
  status: string;
  @ApiProperty({ type: String, nullable: true, example: 'diagnosed_mci' }) diagnosisCategory: string | null;
  @ApiProperty({ type: String, nullable: true, example: '建议三个月后复查，家属参加照护者培训。' }) advice:
    string | null;
  @ApiProperty({ format: 'date-time', example: '2026-11-05T02:00:00.000Z' }) recordedAt: string;
  @ApiProperty({ example: '李秀英' }) recordedBy: string;
}

export class ReferralView {
  @ApiProperty({ format: 'uuid', example: '0193c4d5-7777-7c3d-8e4f-5a6b7c8d9e0f' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0193c4d5-1a2b-7c3d-8e4f-5a6b7c8d9e0f' }) residentId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-9e5f-7a7b-8c8d-0e1f2a3b4c5d' }) campaignId: string;
  @ApiProperty({ example: '滨海路社区' }) community: string;
  @ApiProperty({ example: 'MOCA@1' }) version: string;
  @ApiProperty({ example: 23, description: 'The stage-2 score it was made for' }) score: number;
  @ApiProperty({ enum: REFERRAL_STATUSES, enumName: 'ReferralStatus', example: 'sent' })
  status: ReferralStatus;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c',
  })
  organisationId: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-10-23T02:00:00.000Z' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-10-23T02:00:00.000Z' })
  sentAt: string | null;
  @ApiProperty({
    example: false,
    description: 'Sent and without an outcome for longer than REFERRAL_OUTCOME_DAYS',
  })
  overdue: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null }) acceptedAt:
    string | null;
  @ApiProperty({ type: ReferralOutcomeView, nullable: true }) outcome: ReferralOutcomeView | null;
}

export class FollowUpView {
  @ApiProperty({ format: 'uuid', example: '0193c4d5-8888-7c3d-8e4f-5a6b7c8d9e0f' }) id: string;
  @ApiProperty({ enum: FOLLOW_UP_KINDS, enumName: 'FollowUpKind', example: 'visit' }) kind: FollowUpKind;
  @ApiProperty({ enum: ['planned', 'done'], enumName: 'FollowUpStatus', example: 'planned' }) status:
    'planned' | 'done';
  @ApiProperty({ type: String, nullable: true, example: '2026-12-20' }) dueOn: string | null;
  @ApiProperty({ example: false, description: 'Planned and its day has passed (missed)' }) overdue: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null }) referralId: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0192b7e2-1111-7a7b-8c8d-0e1f2a3b4c5d',
  })
  plannedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null }) doneAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null }) doneBy: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) note: string | null;
}

export class PathwayStageView {
  @ApiProperty({ example: true }) stage1Done: boolean;
  @ApiProperty({ example: true }) stage1Positive: boolean;
  @ApiProperty({ example: false }) stage2Done: boolean;
  @ApiProperty({ example: false }) stage2Positive: boolean;
}

export class ResidentPathwayView {
  @ApiProperty({ format: 'uuid', example: '0193c4d5-1a2b-7c3d-8e4f-5a6b7c8d9e0f' }) residentId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-9e5f-7a7b-8c8d-0e1f2a3b4c5d' }) campaignId: string;
  @ApiProperty({ type: PathwayStageView }) stages: PathwayStageView;
  @ApiProperty({ type: [Stage2TaskView] }) stage2Tasks: Stage2TaskView[];
  @ApiProperty({ type: [ReferralView] }) referrals: ReferralView[];
  @ApiProperty({ type: [FollowUpView] }) followUps: FollowUpView[];
}
