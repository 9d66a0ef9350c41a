import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';

/** Hours of service verified by whoever may certify them; they now count in the volunteer's record. */
export class HoursVerifiedV1 {
  @IsUUID()
  hoursRecordId: string;

  @IsUUID()
  volunteerId: string;

  @IsOptional()
  @IsUUID()
  shiftId: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  source: string | null;

  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  hours: number;

  @IsUUID()
  verifiedBy: string;

  /** `counsellor`: the hours of a counselling session's peer facilitator, verified by its counsellor. */
  @IsIn(['coordinator', 'team_leader', 'partner', 'counsellor'])
  verifierRole: string;

  @IsISO8601()
  verifiedAt: string;
}

/**
 * Hours recorded or changed for a volunteer's attendance at a shift (computed at check-out, adjusted by a
 * coordinator): the state of the record after the change. Partners keep those of their events' shifts to
 * certify them; `version` grows with each change so a late copy changes nothing.
 */
export class HoursRecordedV1 {
  @IsUUID()
  hoursRecordId: string;

  @IsUUID()
  volunteerId: string;

  /** The volunteer's name as partners may show it (no contact details travel in this event). */
  @IsString()
  @MaxLength(100)
  volunteerName: string;

  @IsUUID()
  shiftId: string;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  source: string | null;

  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  hours: number;

  @IsIn(['recorded', 'verified', 'disputed'])
  status: 'recorded' | 'verified' | 'disputed';

  @IsOptional()
  @IsISO8601()
  checkedInAt: string | null;

  @IsOptional()
  @IsISO8601()
  checkedOutAt: string | null;

  @IsInt()
  @Min(1)
  version: number;

  @IsISO8601()
  recordedAt: string;
}
