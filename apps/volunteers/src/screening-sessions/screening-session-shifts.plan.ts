import type { ScreeningSessionScheduleV1 } from '@linkage/contracts';
import { coordinate, type DesiredShift, fitTitle } from '../shifts/sourced-shifts.plan';

/**
 * The shifts a screening session asks for: one per screener role, named by the role's key, at the
 * session's venue and times, requiring the role's certifications and skills (a trained screener holds
 * 认知筛查). The title is `<campaign name> · <community> 认知筛查 · <role name>`, the campaign's name
 * shortened (with …) so the whole fits the column. Sign-up is automatic: the requirements are the check.
 */
export function sessionShifts(session: ScreeningSessionScheduleV1): DesiredShift[] {
  return session.roles.map((role) => ({
    ref: role.key,
    fields: {
      title: fitTitle(session.campaignName, ` · ${session.community} 认知筛查 · ${role.name}`),
      description: null,
      venue: session.venue.name,
      address: session.venue.address,
      latitude: coordinate(session.venue.latitude),
      longitude: coordinate(session.venue.longitude),
      startsAt: new Date(session.startsAt),
      endsAt: new Date(session.endsAt),
      capacity: role.count,
      requiredSkills: [...role.requiredSkills],
      requiredCertifications: [...role.requiredCertifications],
      signupMode: 'auto' as const,
    },
  }));
}
