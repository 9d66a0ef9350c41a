import { ApiNextCursor, PageQuery } from '@linkage/database';
import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import type { InboxItem } from './inbox-item.entity';
import { INBOX_STATUSES, type InboxStatus } from './inbox-status.rule';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const KEY = /^[a-z][a-z0-9_]{0,59}$/;

export class ListInboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: INBOX_STATUSES, enumName: 'InboxStatus' })
  @IsOptional()
  @IsIn(INBOX_STATUSES)
  status?: InboxStatus;

  @ApiPropertyOptional({ example: 'screening_referral' })
  @IsOptional()
  @IsString()
  @MaxChars(60)
  kind?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Coordinators: one organisation’s items' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class AcceptInboxItemDto {
  @ApiPropertyOptional({ example: '已预约 12 月 8 日上午门诊', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(2000)
  notes?: string;
}

export const RECORDABLE_OUTCOMES = ['completed', 'declined'] as const;

export class RecordOutcomeDto {
  @ApiProperty({
    enum: RECORDABLE_OUTCOMES,
    enumName: 'InboxOutcome',
    example: 'completed',
    description: 'What came of it (accepting is POST …/accept)',
  })
  @IsIn(RECORDABLE_OUTCOMES)
  status: (typeof RECORDABLE_OUTCOMES)[number];

  @ApiPropertyOptional({
    example: 'diagnosed_mci',
    description: 'In the item kind’s terms: lower-case words joined by underscores',
  })
  @IsOptional()
  @Matches(KEY, { message: 'category must be lower-case words joined by underscores' })
  category?: string;

  @ApiPropertyOptional({ example: '已完成 MoCA 复查，建议三个月后随访。', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(2000)
  notes?: string;
}

export class InboxOriginView {
  @ApiProperty({ example: 'screening' }) service: string;
  @ApiProperty({ example: 'referral' }) entityType: string;
  @ApiProperty({ example: '0193a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b' }) entityId: string;
}

export class InboxPersonView {
  @ApiProperty({ format: 'uuid', example: '0190f0a0-1b2c-7d3e-8f4a-5b6c7d8e9f00' }) accountId: string;
  @ApiProperty({ example: '李秀英' }) displayName: string;
}

export class InboxOutcomeView {
  @ApiProperty({ enum: RECORDABLE_OUTCOMES, enumName: 'InboxOutcome', example: 'completed' }) status: string;
  @ApiProperty({ nullable: true, type: String, example: 'diagnosed_mci' }) category: string | null;
  @ApiProperty({ nullable: true, type: String, example: '已完成 MoCA 复查。' }) notes: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-12-05T01:30:00.000Z' }) recordedAt: string;
  @ApiProperty({ type: InboxPersonView }) recordedBy: InboxPersonView;
}

export class InboxItemView {
  @ApiProperty({
    format: 'uuid',
    description: 'The inbox’s own id',
    example: '0193a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b',
  })
  id: string;
  @ApiProperty({
    format: 'uuid',
    description: 'The sender’s id of the item',
    example: '5f0c2a7e-9b1d-4c3e-8a2f-6d7e8f9a0b1c',
  })
  itemId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c' }) organisationId: string;
  @ApiProperty({ example: 'screening_referral' }) kind: string;
  @ApiProperty({ example: '认知筛查阳性转介：王某某，72 岁' }) title: string;
  @ApiProperty({ nullable: true, type: String, example: 'AD8 4 分，MoCA 19 分，建议记忆门诊复查。' })
  summary: string | null;
  @ApiProperty({ type: InboxOriginView }) origin: InboxOriginView;
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    example: { community: '滨海路社区', age: 72 },
    description: 'Display fields the sender added',
  })
  details: Record<string, string | number | boolean | null> | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-12-15T08:00:00.000Z' })
  dueAt: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-12-01T02:00:00.000Z' }) sentAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-01T02:00:00.120Z' }) receivedAt: string;
  @ApiProperty({ enum: INBOX_STATUSES, enumName: 'InboxStatus', example: 'received' }) status: InboxStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-12-02T01:00:00.000Z' })
  acceptedAt: string | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0190f0a0-1b2c-7d3e-8f4a-5b6c7d8e9f00',
  })
  acceptedBy: string | null;
  @ApiProperty({ type: InboxOutcomeView, nullable: true, description: 'Once completed or declined' })
  outcome: InboxOutcomeView | null;

  static of(i: InboxItem): InboxItemView {
    const closed = i.status === 'completed' || i.status === 'declined';
    return {
      id: i.id,
      itemId: i.itemId,
      organisationId: i.organisationId,
      kind: i.kind,
      title: i.title,
      summary: i.summary,
      origin: { service: i.originService, entityType: i.originEntityType, entityId: i.originEntityId },
      details: i.details,
      dueAt: i.dueAt?.toISOString() ?? null,
      sentAt: i.sentAt.toISOString(),
      receivedAt: i.receivedAt.toISOString(),
      status: i.status,
      acceptedAt: i.acceptedAt?.toISOString() ?? null,
      acceptedBy: i.acceptedBy,
      outcome:
        closed && i.outcomeAt
          ? {
              status: i.status,
              category: i.outcomeCategory,
              notes: i.outcomeNotes,
              recordedAt: i.outcomeAt.toISOString(),
              recordedBy: { accountId: i.outcomeBy ?? '', displayName: i.outcomeByName ?? '' },
            }
          : null,
    };
  }
}

export class InboxPage {
  @ApiProperty({ type: [InboxItemView] }) items: InboxItemView[];
  @ApiNextCursor() nextCursor: string | null;
}
