import { ApiNextCursor, PageQuery } from '@linkage/database';
import { IsLaterThan, MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  SETTABLE_STATUSES,
  SHIFT_SOURCE_TYPES,
  SHIFT_STATUSES,
  SHIFT_TIMES,
  shownStatus,
  SIGNUP_MODES,
  WAITLIST_PROMOTIONS,
  type SettableStatus,
  type ShiftSourceType,
  type ShiftStatus,
  type ShiftTime,
  type SignupMode,
  type WaitlistPromotion,
} from './shift-status';
import type { Shift } from './shift.entity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const trimEachOnce = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? [...new Set(value.map((item: unknown) => trim({ value: item })))] : value;

/** An instant with its offset, so "09:00" is never read in the wrong zone. */
const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const instant = (field: string) => ({
  message: `${field} must be an ISO 8601 date-time with an offset, like 2026-09-08T09:00:00+08:00`,
});

export class LocationDto {
  @ApiProperty({ example: '南山社区服务中心', maxLength: 200, description: 'Community or venue' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  venue: string;

  @ApiPropertyOptional({ example: '烟台市芝罘区南山路 12 号', maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(300)
  address?: string;

  @ApiPropertyOptional({ example: 37.5297, minimum: -90, maximum: 90, description: 'With longitude' })
  @ValidateIf((o: LocationDto) => o.latitude !== undefined || o.longitude !== undefined)
  @IsNumber({ maxDecimalPlaces: 6 })
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ example: 121.3918, minimum: -180, maximum: 180, description: 'With latitude' })
  @ValidateIf((o: LocationDto) => o.latitude !== undefined || o.longitude !== undefined)
  @IsNumber({ maxDecimalPlaces: 6 })
  @Min(-180)
  @Max(180)
  longitude?: number;
}

export class CreateShiftDto {
  @ApiProperty({ example: '社区消防安全宣传', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title: string;

  @ApiPropertyOptional({ maxLength: 5000, example: '向居民讲解家庭用火用电安全，演示灭火器使用方法。' })
  @IsOptional()
  @IsString()
  @MaxChars(5000)
  description?: string;

  @ApiProperty({ type: LocationDto })
  @ValidateNested()
  @Type(() => LocationDto)
  location: LocationDto;

  @ApiProperty({ example: '2026-09-08T09:00:00+08:00' })
  @IsISO8601({ strict: true }, instant('startsAt'))
  @Matches(WITH_OFFSET, instant('startsAt'))
  startsAt: string;

  @ApiProperty({ example: '2026-09-08T12:00:00+08:00', description: 'At most 24 hours after startsAt' })
  @IsISO8601({ strict: true }, instant('endsAt'))
  @Matches(WITH_OFFSET, instant('endsAt'))
  @IsLaterThan('startsAt')
  endsAt: string;

  @ApiProperty({ minimum: 1, maximum: 10000, example: 3 })
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity: number;

  @ApiPropertyOptional({ type: [String], maxItems: 10, example: ['急救'], description: 'Skills, exactly' })
  @IsOptional()
  @Transform(trimEachOnce)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxChars(30, { each: true })
  requiredSkills?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 10,
    example: ['消防安全'],
    description: 'Certifications that must be valid on every date of the shift',
  })
  @IsOptional()
  @Transform(trimEachOnce)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxChars(60, { each: true })
  requiredCertifications?: string[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Only members of this team may sign up (a leader must give one of their teams)',
    example: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f',
  })
  @IsOptional()
  @IsUUID('all')
  teamId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-09-01T08:00:00+08:00',
    description: 'Sign-ups open (default: now)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, instant('opensAt'))
  @Matches(WITH_OFFSET, instant('opensAt'))
  opensAt?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-09-07T18:00:00+08:00',
    description: 'Sign-ups close (default: when the shift starts)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, instant('closesAt'))
  @Matches(WITH_OFFSET, instant('closesAt'))
  closesAt?: string | null;

  @ApiPropertyOptional({ enum: SIGNUP_MODES, enumName: 'SignUpMode', default: 'auto', example: 'auto' })
  @IsOptional()
  @IsIn(SIGNUP_MODES)
  signUpMode?: SignupMode;

  @ApiPropertyOptional({
    enum: WAITLIST_PROMOTIONS,
    enumName: 'WaitlistPromotion',
    default: 'auto',
    description: 'When a seat frees up: confirm the first waitlisted at once, or offer it to them',
    example: 'offer',
  })
  @IsOptional()
  @IsIn(WAITLIST_PROMOTIONS)
  waitlistPromotion?: WaitlistPromotion;

  @ApiPropertyOptional({
    minimum: 5,
    maximum: 10080,
    default: 720,
    description: 'Minutes to claim an offer',
    example: 720,
  })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(10080)
  offerClaimMinutes?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 720,
    default: 24,
    description: 'Volunteers may cancel a confirmed seat until this many hours before the start',
    example: 24,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(720)
  cancellationCutoffHours?: number;
}

export class UpdateShiftDto extends PartialType(OmitType(CreateShiftDto, ['location'] as const)) {
  @ApiPropertyOptional({ type: LocationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;

  @ApiPropertyOptional({
    enum: SETTABLE_STATUSES,
    enumName: 'SettableShiftStatus',
    description: 'Close or reopen sign-ups, or complete it',
    example: 'closed',
  })
  @IsOptional()
  @IsIn(SETTABLE_STATUSES)
  status?: SettableStatus;
}

export class CancelShiftDto {
  @ApiProperty({ example: '台风预警，活动取消', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  reason: string;
}

export class ListShiftsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['me'],
    enumName: 'ShiftFit',
    description: 'Only upcoming open shifts whose skills and certifications I have (volunteers)',
  })
  @IsOptional()
  @IsIn(['me'])
  fits?: 'me';

  @ApiPropertyOptional({
    enum: SHIFT_TIMES,
    enumName: 'ShiftTime',
    default: 'upcoming',
    description:
      'upcoming: not yet ended, soonest start first; past: ended, latest start first; all: both, soonest ' +
      'start first. Combines with from/to.',
  })
  @IsOptional()
  @IsIn(SHIFT_TIMES)
  when: ShiftTime = 'upcoming';

  @ApiPropertyOptional({
    enum: SHIFT_STATUSES,
    enumName: 'ShiftStatus',
    description: 'The status as shown: a shift whose end has passed is completed',
  })
  @IsOptional()
  @IsIn(SHIFT_STATUSES)
  status?: ShiftStatus;

  @ApiPropertyOptional({ format: 'date-time', description: 'Starting at or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Starting before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  teamId?: string;

  @ApiPropertyOptional({ enum: SHIFT_SOURCE_TYPES, enumName: 'ShiftSourceType' })
  @IsOptional()
  @IsIn(SHIFT_SOURCE_TYPES)
  sourceType?: ShiftSourceType;

  @ApiPropertyOptional({ description: 'The id of the session or event the shift came from' })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  sourceId?: string;
}

export class LocationView {
  @ApiProperty({ example: '南山社区服务中心' }) venue: string;
  @ApiProperty({ nullable: true, type: String, example: '烟台市芝罘区南山路 12 号' }) address: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 37.5297 }) latitude: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 121.3918 }) longitude: number | null;
}

export class ShiftSourceView {
  @ApiProperty({ enum: SHIFT_SOURCE_TYPES, enumName: 'ShiftSourceType', example: 'manual' })
  type: ShiftSourceType;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'The session or event, if any' })
  id: string | null;
}

export class ShiftView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a' }) id: string;
  @ApiProperty({ example: '社区消防安全宣传' }) title: string;
  @ApiProperty({ nullable: true, type: String, example: '向居民讲解家庭用火用电安全，演示灭火器使用方法。' })
  description: string | null;
  @ApiProperty({ type: LocationView }) location: LocationView;
  @ApiProperty({ format: 'date-time', example: '2026-10-17T01:00:00.000Z' }) startsAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-17T04:00:00.000Z' }) endsAt: string;
  @ApiProperty({ type: 'integer', example: 12 }) capacity: number;
  @ApiProperty({
    type: 'integer',
    description: 'Confirmed sign-ups plus outstanding waitlist offers',
    example: 9,
  })
  seatsTaken: number;
  @ApiProperty({ type: 'integer', example: 3 }) seatsLeft: number;
  @ApiProperty({ type: [String], example: ['急救'] }) requiredSkills: string[];
  @ApiProperty({ type: [String], example: ['消防安全'] }) requiredCertifications: string[];
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    example: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f',
  })
  teamId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2026-10-01T00:00:00.000Z' })
  opensAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2026-10-16T10:00:00.000Z' })
  closesAt: string | null;
  @ApiProperty({ enum: SIGNUP_MODES, enumName: 'SignUpMode', example: 'auto' }) signUpMode: SignupMode;
  @ApiProperty({ enum: WAITLIST_PROMOTIONS, enumName: 'WaitlistPromotion', example: 'offer' })
  waitlistPromotion: WaitlistPromotion;
  @ApiProperty({ type: 'integer', example: 720 }) offerClaimMinutes: number;
  @ApiProperty({ type: 'integer', example: 24 }) cancellationCutoffHours: number;
  @ApiProperty({
    enum: SHIFT_STATUSES,
    enumName: 'ShiftStatus',
    description: 'completed once its end has passed, even if nobody marked it so',
    example: 'open',
  })
  status: ShiftStatus;
  @ApiProperty({ nullable: true, type: String, example: null }) cancelReason: string | null;
  @ApiProperty({ type: ShiftSourceView }) source: ShiftSourceView;
  @ApiProperty({ format: 'date-time', example: '2026-09-20T02:00:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-09-20T02:00:00.000Z' }) updatedAt: string;

  static of(s: Shift, now = new Date()): ShiftView {
    return {
      id: s.id,
      title: s.title,
      description: s.description,
      location: { venue: s.venue, address: s.address, latitude: s.latitude, longitude: s.longitude },
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      capacity: s.capacity,
      seatsTaken: s.seatsTaken,
      seatsLeft: Math.max(0, s.capacity - s.seatsTaken),
      requiredSkills: s.requiredSkills,
      requiredCertifications: s.requiredCertifications,
      teamId: s.teamId,
      opensAt: s.opensAt?.toISOString() ?? null,
      closesAt: s.closesAt?.toISOString() ?? null,
      signUpMode: s.signupMode,
      waitlistPromotion: s.waitlistPromotion,
      offerClaimMinutes: s.offerClaimMinutes,
      cancellationCutoffHours: s.cancellationCutoffHours,
      status: shownStatus(s.status, s.endsAt, now),
      cancelReason: s.cancelReason,
      source: { type: s.sourceType, id: s.sourceId },
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

export class ShiftPage {
  @ApiProperty({ type: [ShiftView] }) items: ShiftView[];
  @ApiNextCursor() nextCursor: string | null;
}
