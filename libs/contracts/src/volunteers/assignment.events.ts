import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/**
 * Where a shift came from, as `<kind>:<id>` (`partner_event:…`, `screening_session:…`), or null for a
 * shift a coordinator made in volunteers. Consumers pick the shifts that are theirs by it.
 */
export type ShiftSource = string | null;

/** A volunteer holds a confirmed place on a shift (signed up, promoted from the waitlist, approved, claimed). */
export class AssignmentConfirmedV1 {
  @IsUUID()
  signupId: string;

  @IsUUID()
  shiftId: string;

  @IsUUID()
  volunteerId: string;

  /** The volunteer's name as volunteers keeps it (absent from events published before it was added). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  volunteerName?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  source: ShiftSource;

  @IsIn(['signup', 'assigned', 'waitlist_promoted', 'approved', 'offer_claimed'])
  how: 'signup' | 'assigned' | 'waitlist_promoted' | 'approved' | 'offer_claimed';

  @IsISO8601()
  confirmedAt: string;
}

/** A confirmed place given up (by the volunteer or a manager). */
export class AssignmentCancelledV1 {
  @IsUUID()
  signupId: string;

  @IsUUID()
  shiftId: string;

  @IsUUID()
  volunteerId: string;

  /** The volunteer's name as volunteers keeps it (absent from events published before it was added). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  volunteerName?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  source: ShiftSource;

  @IsUUID()
  cancelledBy: string;

  @IsISO8601()
  cancelledAt: string;
}
