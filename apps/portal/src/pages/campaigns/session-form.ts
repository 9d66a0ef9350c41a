import type { Dayjs } from 'dayjs';
import type { Schemas } from '../../api/client';
import { local, toApiTime } from '../../lib/time';

type Session = Schemas['ScreeningSessionView'];

/** The certificate a trained screener holds (volunteers' certification name). */
export const SCREENER_CERTIFICATION = '认知筛查';

export interface SessionRoleValues {
  /** Kept from the session being changed, so volunteers updates the role's shift instead of replacing it. */
  key?: string;
  name?: string;
  count?: number | null;
  certifications?: string[];
}

export interface SessionFormValues {
  community: string;
  venueName: string;
  venueAddress: string;
  time: [Dayjs, Dayjs];
  roles: SessionRoleValues[];
}

/** A key for a new role: `screener`, then `role-2`, `role-3`… not taken by another role of the session. */
function newKey(taken: Set<string>, index: number): string {
  let key = index === 0 ? 'screener' : `role-${index + 1}`;
  for (let n = index + 2; taken.has(key); n += 1) key = `role-${n}`;
  return key;
}

/** The body of POST /api/campaigns/:id/sessions (and PATCH /api/sessions/:id). */
export function sessionBody(v: SessionFormValues) {
  const taken = new Set(v.roles.map((r) => r.key).filter((k): k is string => !!k));
  const roles = v.roles.map((r, i) => {
    const key = r.key ?? newKey(taken, i);
    taken.add(key);
    return {
      key,
      name: (r.name ?? '').trim(),
      count: r.count ?? 1,
      requiredCertifications: (r.certifications ?? []).map((c) => c.trim()).filter(Boolean),
    };
  });
  return {
    community: v.community,
    venue: { name: v.venueName.trim(), address: v.venueAddress.trim() },
    startsAt: toApiTime(v.time[0]),
    endsAt: toApiTime(v.time[1]),
    roles,
  };
}

/** The form's values for a session being changed, or a new one's (two certified screeners). */
export function sessionFormValues(s: Session | undefined, screenerName: string): Partial<SessionFormValues> {
  if (!s) return { roles: [{ name: screenerName, count: 2, certifications: [SCREENER_CERTIFICATION] }] };
  return {
    community: s.community,
    venueName: s.venue.name,
    venueAddress: s.venue.address,
    time: [local(s.startsAt), local(s.endsAt)],
    roles: s.roles.map((r) => ({
      key: r.key,
      name: r.name,
      count: r.count,
      certifications: r.requiredCertifications,
    })),
  };
}
