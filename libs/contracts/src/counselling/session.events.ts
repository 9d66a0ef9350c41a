import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsUUID, Min, ValidateNested } from 'class-validator';

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
 * volunteer; `version` grows with each change so a late copy changes nothing. Nothing about members,
 * attendance or notes travels in it.
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
}
