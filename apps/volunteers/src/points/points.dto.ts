import { MaxChars } from '@linkage/errors';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, IsUUID, Max, Min, NotEquals } from 'class-validator';
import type { StoredPointsEntry } from './points-ledger.repository';
import type { MemberRank } from './points.service';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class AwardPointsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') volunteerId: string;

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
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() kind: string;
  @ApiProperty() points: number;
  @ApiProperty() reason: string;
  @ApiProperty() sourceType: string;
  @ApiProperty() sourceId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

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
  @ApiProperty() balance: number;
  @ApiProperty({ type: PointsEntryView, isArray: true, description: 'The latest 200, newest first' })
  entries: PointsEntryView[];
}

export class LeaderboardRowView implements MemberRank {
  @ApiProperty() rank: number;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty() name: string;
  @ApiProperty() points: number;
}
