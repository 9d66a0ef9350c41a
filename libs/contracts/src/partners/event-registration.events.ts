import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
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

/** A key that names a role or an occurrence within one event; stable across the event's changes. */
const KEY = /^[a-z0-9][a-z0-9-]{0,23}$/;

/**
 * One role a partner event needs volunteers for ("签到引导", "宣讲"): becomes one shift per occurrence.
 * `key` stays the same when the role is edited, so its shifts are updated rather than replaced.
 */
export class PartnerEventRoleV1 {
  @Matches(KEY)
  key: string;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @IsInt()
  @Min(1)
  @Max(500)
  count: number;

  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  requiredSkills: string[];

  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  requiredCertifications: string[];

  /** As volunteers' shifts have it: `auto` takes a seat at once, `approval` waits for a coordinator. */
  @IsIn(['auto', 'approval'])
  signupMode: 'auto' | 'approval';
}

/** One occurrence of the event (one date of a weekly recurrence); `key` is stable, e.g. `2026-12-05`. */
export class PartnerEventOccurrenceV1 {
  @Matches(KEY)
  key: string;

  @IsISO8601()
  startsAt: string;

  @IsISO8601()
  endsAt: string;
}

export class PartnerEventVenueV1 {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  address: string | null;

  @IsOptional()
  @IsLatitude()
  latitude: number | null;

  @IsOptional()
  @IsLongitude()
  longitude: number | null;
}

/**
 * A partner event as approved, or after a change to an approved event: its whole state, not a delta, so
 * the volunteers service reconciles its shifts with it (one shift per role and occurrence, with source
 * `partner_event:<eventId>`: creates what is missing, updates what changed, cancels what is gone) and a
 * redelivered or late copy (lower `version` than it has applied) changes nothing.
 */
export class PartnerEventScheduleV1 {
  @IsUUID()
  eventId: string;

  @IsUUID()
  organisationId: string;

  @IsString()
  @MaxLength(200)
  organisationName: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description: string | null;

  @IsString()
  @MaxLength(40)
  kind: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  community: string | null;

  @ValidateNested()
  @Type(() => PartnerEventVenueV1)
  venue: PartnerEventVenueV1;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  contactName: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  contactPhone: string | null;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PartnerEventRoleV1)
  roles: PartnerEventRoleV1[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => PartnerEventOccurrenceV1)
  occurrences: PartnerEventOccurrenceV1[];

  /** The joint project the event belongs to, if any. */
  @IsOptional()
  @IsUUID()
  projectId: string | null;

  /** Grows with every change of the event: consumers apply a version once and ignore older ones. */
  @IsInt()
  @Min(1)
  version: number;

  @IsISO8601()
  changedAt: string;
}

/** An approved partner event cancelled: its shifts are cancelled and their volunteers told why. */
export class PartnerEventCancelledV1 {
  @IsUUID()
  eventId: string;

  @IsUUID()
  organisationId: string;

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

/**
 * A partner organisation confirmed or disputed the hours of a volunteer at its event ("whoever records,
 * certifies"): confirmed hours count as verified by that organisation; disputed ones go back to the
 * coordinator with the reason.
 */
export class PartnerHoursCertifiedV1 {
  @IsUUID()
  hoursRecordId: string;

  @IsUUID()
  shiftId: string;

  @IsUUID()
  eventId: string;

  @IsUUID()
  organisationId: string;

  @IsString()
  @MaxLength(200)
  organisationName: string;

  @IsIn(['confirmed', 'disputed'])
  decision: 'confirmed' | 'disputed';

  /** Required for a dispute. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason: string | null;

  /** The partner member's account. */
  @IsUUID()
  certifiedBy: string;

  @IsISO8601()
  certifiedAt: string;
}
