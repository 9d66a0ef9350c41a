import type { ScreeningSessionCancelledV1, ScreeningSessionScheduleV1 } from '@linkage/contracts';
import type { ScreeningSession } from './session.entity';

/** The whole session as volunteers turns it into shifts (screening.session.scheduled/changed.v1). */
export function schedulePayload(s: ScreeningSession, campaignName: string): ScreeningSessionScheduleV1 {
  return {
    sessionId: s.id,
    campaignId: s.campaignId,
    campaignName,
    community: s.community,
    venue: { name: s.venueName, address: s.venueAddress, latitude: s.latitude, longitude: s.longitude },
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    roles: s.roles.map((r) => ({ ...r })),
    version: s.version,
    changedAt: s.updatedAt.toISOString(),
  };
}

export function cancelledPayload(s: ScreeningSession): ScreeningSessionCancelledV1 {
  return {
    sessionId: s.id,
    reason: s.statusReason ?? '',
    version: s.version,
    cancelledAt: s.updatedAt.toISOString(),
  };
}
