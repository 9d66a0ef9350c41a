import type { SessionCompletedV1 } from '@linkage/contracts';
import type { SourcedShiftFields } from '../shifts/sourced-shifts.service';
import { derivedKey } from './derived-key';

/** The activity named when a session's copy of the event carries no programme title (older copies). */
export const COUNSELLING_ACTIVITY = '团体辅导活动（朋辈辅导员）';
/** The place named when the copy carries none. */
export const COUNSELLING_PLACE = '心理咨询站';

/**
 * The completed shift a counselling session's peer facilitators' hours are recorded on: the programme's
 * title as the activity, the session's place and times, one place per peer, nothing to sign up for.
 */
export function counsellingSessionShift(session: SessionCompletedV1): SourcedShiftFields {
  return {
    title: session.programmeTitle?.trim() || COUNSELLING_ACTIVITY,
    description: '心理咨询站团体辅导活动，由朋辈辅导员协助带领；时长由该小组的咨询师审核。',
    venue: session.place?.trim() || COUNSELLING_PLACE,
    address: null,
    latitude: null,
    longitude: null,
    startsAt: new Date(session.startsAt),
    endsAt: new Date(session.endsAt),
    capacity: Math.max(1, session.peerFacilitators.length),
    requiredSkills: [],
    requiredCertifications: [],
    signupMode: 'approval',
  };
}

/**
 * The attendance key of a peer's hours at a session: there is no check-in here (counselling keeps the
 * session's register), so the key is derived from the session and the volunteer, the same on every copy
 * of the event. The hours records' unique attendance key then holds one record per session and peer,
 * however often the session is told.
 */
export function sessionAttendanceId(sessionId: string, volunteerId: string): string {
  return derivedKey(`counselling_session:${sessionId}:${volunteerId}`);
}
