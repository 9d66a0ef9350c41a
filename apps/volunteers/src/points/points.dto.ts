import { MaxChars } from '@linkage/errors';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, IsUUID, Max, Min, NotEquals } from 'class-validator';
import type { StoredPointsEntry } from './points-ledger.repository';
import type { PointsEntryKind, PointsSourceType } from './points-rules';
import type { MemberRank } from './points.service';

const ENTRY_KINDS = [
  'per_verified_hour',
  'led_shift',
  'training_attended',
  'manual_award',
] as const satisfies readonly PointsEntryKind[];
const SOURCE_TYPES = [
  'hours_record',
  'hours_adjustment',
  'shift',
  'training',
  'manual_award',
] as const satisfies readonly PointsSourceType[];

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class AwardPointsDto {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' })
  @IsUUID('all')
  volunteerId: string;

  @ApiProperty({ example: 50, description: 'Whole points; negative to take some back' })
  @IsInt()
  @Min(-10_000)
  @Max(10_000)
  @NotEquals(0)
  points: number;

  @ApiProperty({ example: '社区防疫志愿服务表现突出', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  reason: string;
}

export class PointsEntryView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-a5b6-7c7d-9e8f-9a0b1c2d3e4f' }) id: string;
  @ApiProperty({ enum: ENTRY_KINDS, enumName: 'PointsEntryKind', example: 'per_verified_hour' }) kind: string;
  @ApiProperty({ type: 'integer', example: 35, description: 'Negative when points were taken back' })
  points: number;
  @ApiProperty({ example: '核验服务时长 3.50 小时' }) reason: string;
  @ApiProperty({ enum: SOURCE_TYPES, enumName: 'PointsSourceType', example: 'hours_record' })
  sourceType: string;
  @ApiProperty({
    example: '0192b7e2-e3f4-7a5b-9c6d-7e8f9a0b1c2d',
    description: 'Id of the record the points came from',
  })
  sourceId: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-18T02:00:00.000Z' }) createdAt: string;

  static of(e: StoredPointsEntry): PointsEntryView {
    return {
      id: e.id,
      kind: e.kind,
      points: Number(e.points),
      reason: e.reason,
      sourceType: e.sourceType,
      sourceId: e.sourceId,
      createdAt: new Date(e.createdAt).toISOString(),
    };
  }
}

export class PointsView {
  @ApiProperty({ type: 'integer', example: 420 }) balance: number;
  @ApiProperty({ type: PointsEntryView, isArray: true, description: 'The latest 200, newest first' })
  entries: PointsEntryView[];
}

export class LeaderboardRowView implements MemberRank {
  @ApiProperty({ type: 'integer', example: 1, description: 'Equal points share a rank' }) rank: number;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' }) volunteerId: string;
  @ApiProperty({ example: '李晓雯' }) name: string;
  @ApiProperty({ type: 'integer', example: 420 }) points: number;
}
