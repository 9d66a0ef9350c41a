import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** A role's key within one session ("screener", "registrar"); stable across the session's changes. */
const ROLE_KEY = /^[a-z0-9][a-z0-9-]{0,23}$/;

/**
 * The screeners a session needs in one role ("认知筛查员" × 3 with the 认知筛查 certificate): becomes one
 * volunteer shift. `key` stays the same when the role is edited, so its shift is updated, not replaced.
 */
export class ScreeningSessionRoleV1 {
  @Matches(ROLE_KEY)
  key: string;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @IsInt()
  @Min(1)
  @Max(200)
  count: number;

  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  requiredCertifications: string[];

  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  requiredSkills: string[];
}

export class ScreeningSessionVenueV1 {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsString()
  @MinLength(1)
  @MaxLength(300)
  address: string;

  @IsOptional()
  @IsLatitude()
  latitude?: number | null;

  @IsOptional()
  @IsLongitude()
  longitude?: number | null;
}

/**
 * A screening session as scheduled, or after a change: its whole state, not a delta, so volunteers
 * reconciles its shifts with it (one shift per role, source `screening_session:<sessionId>`, source ref
 * the role's key) and a redelivered or late copy (a `version` not above the one applied) changes nothing.
 */
export class ScreeningSessionScheduleV1 {
  @IsUUID()
  sessionId: string;

  @IsUUID()
  campaignId: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  campaignName: string;

  /** One of the campaign's target communities. */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  community: string;

  @ValidateNested()
  @Type(() => ScreeningSessionVenueV1)
  venue: ScreeningSessionVenueV1;

  @IsISO8601()
  startsAt: string;

  @IsISO8601()
  endsAt: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ScreeningSessionRoleV1)
  roles: ScreeningSessionRoleV1[];

  /** 1 when scheduled, one more with every change: consumers apply a version once and ignore older ones. */
  @IsInt()
  @Min(1)
  version: number;

  @IsISO8601()
  changedAt: string;
}

/** A scheduled session called off: its shifts are cancelled and their volunteers told the reason. */
export class ScreeningSessionCancelledV1 {
  @IsUUID()
  sessionId: string;

  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;

  @IsInt()
  @Min(1)
  version: number;

  @IsISO8601()
  cancelledAt: string;
}
