import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

/**
 * A shift's staffing after a change: how many places it has and how many are taken or waited for.
 * Counts, not deltas, so a read model simply keeps the newest (`countedAt`) and a lost or repeated
 * event cannot skew it.
 */
export class ShiftStaffingChangedV1 {
  @IsUUID()
  shiftId: string;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  source: string | null;

  /**
   * Which part of its source the shift is, when the source has parts: `<role key>@<occurrence key>` for a
   * partner event's shift, the role key for a screening session's. Absent from older events.
   */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sourceRef?: string | null;

  @IsInt()
  @Min(0)
  capacity: number;

  @IsInt()
  @Min(0)
  confirmed: number;

  @IsInt()
  @Min(0)
  waitlisted: number;

  @IsInt()
  @Min(0)
  pending: number;

  @IsISO8601()
  startsAt: string;

  @IsISO8601()
  countedAt: string;
}
