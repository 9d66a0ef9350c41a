import { IsIn, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

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

  @IsIn(['coordinator', 'team_leader', 'partner'])
  verifierRole: string;

  @IsISO8601()
  verifiedAt: string;
}
