import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** A peer facilitator of a session: a volunteer, by profile (for their hours) and account. */
export class SessionPeerFacilitatorV1 {
  @IsUUID()
  volunteerId: string;

  @IsUUID()
  accountId: string;
}

/**
 * A counselling programme's session took place. The volunteers service records its peer facilitators'
 * hours (startsAt to endsAt) as unverified hours whose source is the session, once per session and
 * volunteer, for the programme's counsellors (`counsellorAccountIds`) to verify; `version` grows with
 * each change so a late copy changes nothing. Nothing about members, attendance or notes travels in it.
 * `programmeTitle`, `place`, `counsellorAccountIds` and `completedBy` were added later (optional: a copy
 * without them is still valid; without counsellors only coordinators verify the hours).
 */
export class SessionCompletedV1 {
  @IsUUID()
  sessionId: string;

  @IsUUID()
  programmeId: string;

  @IsISO8601()
  startsAt: string;

  @IsISO8601()
  endsAt: string;

  @IsISO8601()
  completedAt: string;

  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SessionPeerFacilitatorV1)
  peerFacilitators: SessionPeerFacilitatorV1[];

  @IsInt()
  @Min(1)
  version: number;

  /** The programme's title when the session was completed: the activity the hours are for. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  programmeTitle?: string;

  /** Where the session took place. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  place?: string;

  /** The programme's counsellors when the session was completed: they verify the peers' hours. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID(undefined, { each: true })
  counsellorAccountIds?: string[];

  /** The account (a counsellor or peer facilitator of the programme) that marked it completed. */
  @IsOptional()
  @IsUUID()
  completedBy?: string;
}
