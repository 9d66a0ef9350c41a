import { ApiNextCursor, PageQuery } from '@linkage/database';
import { IsLaterThan, MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SESSION_STATUSES, type SessionStatus } from './session-status';
import type { ScreeningSession } from './session.entity';
import type { SessionStaffing, ShiftStaffing } from './session-staffing';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const ISO = { strict: true } as const;
const SESSION_ID = '0193c4d5-5e6f-7a8b-9c0d-1e2f3a4b5c6d';
const CAMPAIGN_ID = '0192b7e2-9e5f-7a7b-8c8d-0e1f2a3b4c5d';

export class SessionVenueInput {
  @ApiProperty({ example: '滨海路社区党群服务中心', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name: string;

  @ApiProperty({ example: '烟台市莱山区滨海路 88 号', maxLength: 300 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(300)
  address: string;

  @ApiPropertyOptional({ type: Number, example: 37.4512, description: 'For the check-in distance' })
  @IsOptional()
  @IsLatitude()
  latitude?: number;

  @ApiPropertyOptional({ type: Number, example: 121.4467 })
  @IsOptional()
  @IsLongitude()
  longitude?: number;
}

export class SessionRoleInput {
  @ApiProperty({
    example: 'screener',
    pattern: '^[a-z0-9][a-z0-9-]{0,23}$',
    description: 'Stable across changes: the role’s shift is updated, not replaced',
  })
  @Matches(/^[a-z0-9][a-z0-9-]{0,23}$/)
  key: string;

  @ApiProperty({ example: '认知筛查员', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  name: string;

  @ApiProperty({ example: 3, minimum: 1, maximum: 200, description: 'Screeners needed in the role' })
  @IsInt()
  @Min(1)
  @Max(200)
  count: number;

  @ApiPropertyOptional({
    type: [String],
    example: ['认知筛查'],
    description: 'Certificates a volunteer must hold to take the shift (trained screeners: 认知筛查)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxChars(60, { each: true })
  requiredCertifications?: string[];

  @ApiPropertyOptional({ type: [String], example: ['普通话'], description: 'Skills a volunteer must have' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxChars(60, { each: true })
  requiredSkills?: string[];
}

export class ScheduleSessionDto {
  @ApiProperty({ example: '滨海路社区', maxLength: 100, description: 'One of the campaign’s communities' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  community: string;

  @ApiProperty({ type: SessionVenueInput })
  @ValidateNested()
  @Type(() => SessionVenueInput)
  venue: SessionVenueInput;

  @ApiProperty({ format: 'date-time', example: '2026-10-09T08:30:00+08:00' })
  @IsISO8601(ISO)
  startsAt: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-10-09T11:30:00+08:00',
    description: 'At most 12 hours later',
  })
  @IsISO8601(ISO)
  @IsLaterThan('startsAt')
  endsAt: string;

  @ApiProperty({ type: [SessionRoleInput], description: 'Each role becomes one volunteer shift' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SessionRoleInput)
  roles: SessionRoleInput[];
}

/** A change: what is given replaces what the session had (the roles as a whole list). */
export class ChangeSessionDto {
  @ApiPropertyOptional({ example: '黄海路社区', maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  community?: string;

  @ApiPropertyOptional({ type: SessionVenueInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => SessionVenueInput)
  venue?: SessionVenueInput;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-10-09T09:00:00+08:00' })
  @IsOptional()
  @IsISO8601(ISO)
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-10-09T12:00:00+08:00' })
  @IsOptional()
  @IsISO8601(ISO)
  endsAt?: string;

  @ApiPropertyOptional({ type: [SessionRoleInput] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SessionRoleInput)
  roles?: SessionRoleInput[];
}

export class CancelSessionDto {
  @ApiProperty({
    example: '社区活动室临时停电，场次取消',
    maxLength: 500,
    description: 'Told to the volunteers',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  reason: string;
}

export class SessionVenueView {
  @ApiProperty({ example: '滨海路社区党群服务中心' }) name: string;
  @ApiProperty({ example: '烟台市莱山区滨海路 88 号' }) address: string;
  @ApiProperty({ type: Number, nullable: true, example: 37.4512 }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 121.4467 }) longitude: number | null;
}

export class SessionRoleView {
  @ApiProperty({ example: 'screener' }) key: string;
  @ApiProperty({ example: '认知筛查员' }) name: string;
  @ApiProperty({ example: 3 }) count: number;
  @ApiProperty({ type: [String], example: ['认知筛查'] }) requiredCertifications: string[];
  @ApiProperty({ type: [String], example: [] }) requiredSkills: string[];
}

export class SessionShiftStaffingView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a' }) shiftId: string;
  @ApiProperty({ example: 3 }) capacity: number;
  @ApiProperty({ example: 2 }) confirmed: number;
  @ApiProperty({ example: 0 }) waitlisted: number;
  @ApiProperty({ example: 0, description: 'Sign-ups waiting for approval' }) pending: number;
  @ApiProperty({ format: 'date-time', example: '2026-10-08T06:15:00.000Z' }) countedAt: string;

  static of(s: ShiftStaffing): SessionShiftStaffingView {
    return {
      shiftId: s.shiftId,
      capacity: s.capacity,
      confirmed: s.confirmed,
      waitlisted: s.waitlisted,
      pending: s.pending,
      countedAt: s.countedAt.toISOString(),
    };
  }
}

export class SessionStaffingView {
  @ApiProperty({ example: 4, description: 'The roles’ counts (0 once cancelled)' }) needed: number;
  @ApiProperty({ example: 2, description: 'As volunteers last counted its shifts' }) confirmed: number;
  @ApiProperty({ example: 1 }) waitlisted: number;
  @ApiProperty({ example: 0 }) pending: number;
  @ApiProperty({
    type: [SessionShiftStaffingView],
    description: 'The session’s shifts, once volunteers counts them',
  })
  shifts: SessionShiftStaffingView[];

  static of(s: SessionStaffing): SessionStaffingView {
    return {
      needed: s.needed,
      confirmed: s.confirmed,
      waitlisted: s.waitlisted,
      pending: s.pending,
      shifts: s.shifts.map((shift) => SessionShiftStaffingView.of(shift)),
    };
  }
}

export class ScreeningSessionView {
  @ApiProperty({ format: 'uuid', example: SESSION_ID }) id: string;
  @ApiProperty({ format: 'uuid', example: CAMPAIGN_ID }) campaignId: string;
  @ApiProperty({ example: '滨海路社区' }) community: string;
  @ApiProperty({ type: SessionVenueView }) venue: SessionVenueView;
  @ApiProperty({ format: 'date-time', example: '2026-10-09T00:30:00.000Z' }) startsAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-09T03:30:00.000Z' }) endsAt: string;
  @ApiProperty({ type: [SessionRoleView] }) roles: SessionRoleView[];
  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'ScreeningSessionStatus', example: 'scheduled' })
  status: SessionStatus;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Why it was cancelled' })
  cancelReason: string | null;
  @ApiProperty({ example: 1, description: 'Grows with every change published to volunteers' })
  version: number;
  @ApiProperty({ type: SessionStaffingView }) staffing: SessionStaffingView;
  @ApiProperty({ format: 'date-time', example: '2026-09-20T02:00:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-09-20T02:00:00.000Z' }) updatedAt: string;

  static of(s: ScreeningSession, staffing: SessionStaffing): ScreeningSessionView {
    return {
      id: s.id,
      campaignId: s.campaignId,
      community: s.community,
      venue: { name: s.venueName, address: s.venueAddress, latitude: s.latitude, longitude: s.longitude },
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      roles: s.roles.map((r) => ({ ...r })),
      status: s.status,
      cancelReason: s.status === 'cancelled' ? s.statusReason : null,
      version: s.version,
      staffing: SessionStaffingView.of(staffing),
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

export class ScreeningSessionPage {
  @ApiProperty({ type: [ScreeningSessionView], description: 'Soonest first' }) items: ScreeningSessionView[];
  @ApiNextCursor() nextCursor: string | null;
}

export class ListSessionsQuery extends PageQuery {}
