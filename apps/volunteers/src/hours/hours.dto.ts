import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';
import type { HoursRecord, HoursStatus } from './hours-record.entity';
import type { CounsellingSessionHours, HoursAdjustment } from './hours.repository';
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
  @ApiProperty({ enum: ['team', 'month'], enumName: 'HoursTotalsBy' }) @IsIn(['team', 'month']) by:
    'team' | 'month';
}

export class ExportQuery extends RangeQuery {
  @ApiProperty({ enum: ['csv', 'xlsx'], enumName: 'HoursExportFormat' })
  @IsIn(['csv', 'xlsx'])
  format: 'csv' | 'xlsx';
}

export class HoursRecordView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-e3f4-7a5b-9c6d-7e8f9a0b1c2d' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' }) volunteerId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a' }) shiftId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-f4a5-7b6c-8d7e-8f9a0b1c2d3e' }) attendanceId: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f',
  })
  teamId: string | null;
  @ApiProperty({ format: 'date', example: '2026-10-17' }) serviceDate: string;
  @ApiProperty({ example: '3.00' }) hours: string;
  @ApiProperty({ example: '3.00' }) computedHours: string;
  @ApiProperty({ example: '0.00', description: 'Taken off by the 8-hour daily limit' }) trimmedHours: string;
  @ApiProperty({
    enum: ['recorded', 'verified', 'disputed'],
    enumName: 'HoursStatus',
    example: 'verified',
    description:
      'disputed: the partner that hosted the shift disputed the hours (disputeReason); a coordinator settles it',
  })
  status: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0192b7e2-3c4d-7a1b-8c2d-1e2f3a4b5c6d',
    description: 'Account',
  })
  recordedBy: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0192b7e2-3c4d-7a1b-8c2d-1e2f3a4b5c6d',
    description: 'Account',
  })
  verifiedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-10-18T02:00:00.000Z' })
  verifiedAt: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0192b7e2-7c8d-7e9f-8a0b-1c2d3e4f5a6b',
    description: 'The partner organisation that certified the hours, if one did',
  })
  verifierOrganisationId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '滨海路社区居委会' })
  verifierOrganisationName: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '该志愿者当天提前离场，实际服务约 1 小时',
    description: 'Why the hosting partner disputed the hours (kept after a coordinator settles them)',
  })
  disputeReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-10-18T03:00:00.000Z' })
  disputedAt: string | null;

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
      verifierOrganisationId: r.verifierOrganisationId,
      verifierOrganisationName: r.verifierOrganisationName,
      disputeReason: r.disputeReason,
      disputedAt: r.disputedAt?.toISOString() ?? null,
    };
  }
}

export class HoursAdjustmentView {
  @ApiProperty({ example: '4.00' }) previousHours: string;
  @ApiProperty({ example: '3.50' }) hours: string;
  @ApiProperty({ example: '签退时间记录有误，按签到表更正' }) reason: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-3c4d-7a1b-8c2d-1e2f3a4b5c6d', description: 'Account' })
  adjustedBy: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-18T02:05:00.000Z' }) adjustedAt: string;

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
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 5, example: 1 }) level: number;
  @ApiProperty({ type: Number, nullable: true, example: 50, description: 'null at 5 stars' })
  nextLevelAtHours: number | null;
  @ApiProperty({ type: String, nullable: true, example: '37.50' }) hoursToNextLevel: string | null;
}

export class VolunteerHoursView {
  @ApiProperty({ example: '12.50', description: 'Verified hours only' }) totalVerifiedHours: string;
  @ApiProperty({ type: StarLevelView }) starLevel: StarLevelView;
  @ApiProperty({ type: MonthHoursView, isArray: true }) byMonth: MonthHoursView[];
  @ApiProperty({ type: HoursRecordView, isArray: true }) records: HoursRecordView[];
}

export class HoursTotalView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Team id or YYYY-MM',
    example: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f',
  })
  key: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Team name', example: '消防安全志愿服务队' })
  label: string | null;
  @ApiProperty({ example: '126.50' }) hours: string;
  @ApiProperty({ type: 'integer', example: 18, description: 'Volunteers with verified hours' })
  volunteers: number;
}

export class CounsellingHoursQuery {
  @ApiPropertyOptional({ enum: ['recorded', 'verified', 'disputed'], enumName: 'HoursStatus' })
  @IsOptional()
  @IsIn(['recorded', 'verified', 'disputed'])
  status?: HoursStatus;
}

export class RejectHoursDto {
  @ApiProperty({ example: '该同学当天只协助了前半场', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  reason: string;
}

/** Hours a peer facilitator served at a counselling session, as the programme's counsellor reviews them. */
export class CounsellingSessionHoursView extends HoursRecordView {
  @ApiProperty({ example: '李晓雯' }) volunteerName: string;
  @ApiProperty({ example: '同伴戒烟互助小组', description: 'The programme (the shift’s title)' })
  activity: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-a1b2-7c3d-8e4f-5a6b7c8d9e0f' }) sessionId: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-28T11:00:00.000Z' })
  startsAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-28T12:30:00.000Z' })
  endsAt: string | null;

  static ofSession(h: CounsellingSessionHours): CounsellingSessionHoursView {
    return {
      ...HoursRecordView.of(h.record),
      volunteerName: h.volunteerName,
      activity: h.activity,
      sessionId: h.sessionId,
      startsAt: h.record.checkedInAt?.toISOString() ?? null,
      endsAt: h.record.checkedOutAt?.toISOString() ?? null,
    };
  }
}
