import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';
import type { HoursRecord } from './hours-record.entity';
import type { HoursAdjustment } from './hours.repository';
import type { StarLevel } from './hours-rules';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const toText = ({ value }: { value: unknown }): unknown =>
  typeof value === 'number' ? String(value) : value;

export class AdjustHoursDto {
  @ApiProperty({ example: '3.50', description: 'Hours in half-hour steps' })
  @Transform(toText)
  @IsString()
  @Matches(/^\d{1,2}(\.(0|00|5|50))?$/, { message: 'hours must be a number of half hours such as 3.50' })
  hours: string;

  @ApiProperty({ example: '签退时间记录有误，按签到表更正', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  reason: string;
}

export class RangeQuery {
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

export class TotalsQuery extends RangeQuery {
  @ApiProperty({ enum: ['team', 'month'] }) @IsIn(['team', 'month']) by: 'team' | 'month';
}

export class ExportQuery extends RangeQuery {
  @ApiProperty({ enum: ['csv', 'xlsx'] }) @IsIn(['csv', 'xlsx']) format: 'csv' | 'xlsx';
}

export class HoursRecordView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ format: 'uuid' }) shiftId: string;
  @ApiProperty({ format: 'uuid' }) attendanceId: string;
  @ApiProperty({ type: String, nullable: true }) teamId: string | null;
  @ApiProperty({ format: 'date' }) serviceDate: string;
  @ApiProperty({ example: '3.00' }) hours: string;
  @ApiProperty({ example: '3.00' }) computedHours: string;
  @ApiProperty({ example: '0.00', description: 'Taken off by the 8-hour daily limit' }) trimmedHours: string;
  @ApiProperty({ enum: ['recorded', 'verified'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) verifiedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verifiedAt: string | null;

  static of(r: HoursRecord): HoursRecordView {
    return {
      id: r.id,
      volunteerId: r.volunteerId,
      shiftId: r.shiftId,
      attendanceId: r.attendanceId,
      teamId: r.teamId,
      serviceDate: r.serviceDate,
      hours: r.hours,
      computedHours: r.computedHours,
      trimmedHours: r.trimmedHours,
      status: r.status,
      recordedBy: r.recordedBy,
      verifiedBy: r.verifiedBy,
      verifiedAt: r.verifiedAt?.toISOString() ?? null,
    };
  }
}

export class HoursAdjustmentView {
  @ApiProperty() previousHours: string;
  @ApiProperty() hours: string;
  @ApiProperty() reason: string;
  @ApiProperty() adjustedBy: string;
  @ApiProperty({ format: 'date-time' }) adjustedAt: string;

  static of(a: HoursAdjustment): HoursAdjustmentView {
    return { ...a, adjustedAt: new Date(a.adjustedAt).toISOString() };
  }
}

export class HoursRecordDetailView extends HoursRecordView {
  @ApiProperty({ type: HoursAdjustmentView, isArray: true }) adjustments: HoursAdjustmentView[];
}

export class MonthHoursView {
  @ApiProperty({ example: '2026-03' }) month: string;
  @ApiProperty({ example: '12.50' }) hours: string;
}

export class StarLevelView implements StarLevel {
  @ApiProperty() level: number;
  @ApiProperty({ type: Number, nullable: true }) nextLevelAtHours: number | null;
  @ApiProperty({ type: String, nullable: true }) hoursToNextLevel: string | null;
}

export class VolunteerHoursView {
  @ApiProperty({ example: '12.50', description: 'Verified hours only' }) totalVerifiedHours: string;
  @ApiProperty({ type: StarLevelView }) starLevel: StarLevelView;
  @ApiProperty({ type: MonthHoursView, isArray: true }) byMonth: MonthHoursView[];
  @ApiProperty({ type: HoursRecordView, isArray: true }) records: HoursRecordView[];
}

export class HoursTotalView {
  @ApiProperty({ type: String, nullable: true, description: 'Team id or YYYY-MM' }) key: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Team name' }) label: string | null;
  @ApiProperty() hours: string;
  @ApiProperty() volunteers: number;
}
