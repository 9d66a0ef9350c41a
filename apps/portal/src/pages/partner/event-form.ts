import type { Dayjs } from 'dayjs';
import type { Schemas } from '../../api/client';
import { dayjs, local, ZONE } from '../../lib/time';

export type PartnerEvent = Schemas['EventRegistrationView'];
export type EventBody = Schemas['CreateEventRegistrationDto'];
export type SignupMode = 'auto' | 'approval';

export const EVENT_KINDS = [
  'elderly_care_visit',
  'fire_safety_talk',
  'health_screening',
  'community_service',
  'other',
] as const;

export interface RoleValues {
  /** Kept from the event being edited: the role's shifts follow it. New rows get one on saving. */
  key?: string;
  name: string;
  count: number;
  requiredSkills?: string[];
  requiredCertifications?: string[];
  signupMode: SignupMode;
}

/** The registration form as a person fills it: a day and the hours on it, and how it repeats. */
export interface EventFormValues {
  title: string;
  description?: string;
  kind: Schemas['EventKind'];
  community?: string;
  venue: { name: string; address?: string };
  date: Dayjs;
  time: [Dayjs, Dayjs];
  repeat: 'once' | 'weekly';
  daysOfWeek?: number[];
  until?: Dayjs;
  roles: RoleValues[];
  contact?: { name?: string; phone?: string };
}

const ROLE_FIELDS = new Set(['name', 'count', 'requiredSkills', 'requiredCertifications', 'signupMode']);
const KEY = /^[a-z0-9][a-z0-9-]{0,23}$/;

/** `role-1`, `role-2`, …: the smallest not taken, so a new row never takes a kept role's key. */
function roleKeys(roles: RoleValues[]): string[] {
  const taken = new Set(roles.map((r) => r.key).filter((k): k is string => !!k && KEY.test(k)));
  let next = 1;
  return roles.map((r) => {
    if (r.key && KEY.test(r.key)) return r.key;
    while (taken.has(`role-${next}`)) next += 1;
    const key = `role-${next}`;
    taken.add(key);
    return key;
  });
}

/** A local day and time of day at the station, as ISO 8601 with its +08:00 offset. */
function at(date: Dayjs, time: Dayjs): string {
  return dayjs
    .tz(`${date.format('YYYY-MM-DD')}T${time.format('HH:mm')}:00`, ZONE)
    .format('YYYY-MM-DDTHH:mm:ssZ');
}

const blank = (value: string | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/**
 * The API body for what the form holds. An end time not after the start is read as the next morning
 * (a night event); weekly days are ISO weekdays (1 Monday … 7 Sunday), until a local date.
 */
export function toEventBody(v: EventFormValues): EventBody {
  const startsAt = at(v.date, v.time[0]);
  const endTime = at(v.date, v.time[1]);
  const endsAt = Date.parse(endTime) > Date.parse(startsAt) ? endTime : at(v.date.add(1, 'day'), v.time[1]);
  const keys = roleKeys(v.roles);
  const contactName = blank(v.contact?.name);
  const contactPhone = blank(v.contact?.phone);
  return {
    title: v.title.trim(),
    description: blank(v.description),
    kind: v.kind,
    community: blank(v.community),
    venue: { name: v.venue.name.trim(), address: blank(v.venue.address) },
    schedule: {
      startsAt,
      endsAt,
      recurrence:
        v.repeat === 'weekly'
          ? {
              daysOfWeek: [...(v.daysOfWeek ?? [])].sort((a, b) => a - b),
              until: v.until?.format('YYYY-MM-DD') ?? '',
            }
          : null,
    },
    roles: v.roles.map((r, i) => ({
      key: keys[i],
      name: r.name.trim(),
      count: r.count,
      requiredSkills: r.requiredSkills ?? [],
      requiredCertifications: r.requiredCertifications ?? [],
      signupMode: r.signupMode,
    })),
    // Both or nothing: the API wants a name and a number, and a half-filled contact is the form's to flag.
    contact: contactName || contactPhone ? { name: contactName ?? '', phone: contactPhone ?? '' } : null,
  };
}

/** The form's values for an event being edited (times in the station's zone). */
export function toFormValues(e: PartnerEvent): EventFormValues {
  const start = local(e.schedule.startsAt);
  const recurrence = e.schedule.recurrence;
  return {
    title: e.title,
    description: e.description ?? '',
    kind: e.kind,
    community: e.community ?? '',
    venue: { name: e.venue.name, address: e.venue.address ?? '' },
    date: start,
    time: [start, local(e.schedule.endsAt)],
    repeat: recurrence ? 'weekly' : 'once',
    daysOfWeek: recurrence?.daysOfWeek ?? [],
    until: recurrence ? dayjs(recurrence.until) : undefined,
    roles: e.roles.map((r) => ({
      key: r.key,
      name: r.name,
      count: r.count,
      requiredSkills: r.requiredSkills ?? [],
      requiredCertifications: r.requiredCertifications ?? [],
      signupMode: r.signupMode ?? 'auto',
    })),
    contact: { name: e.contact?.name ?? '', phone: e.contact?.phone ?? '' },
  };
}

/** The field a fresh form starts with: one role of two volunteers, once. */
export const NEW_EVENT: Partial<EventFormValues> = {
  kind: 'community_service',
  repeat: 'once',
  daysOfWeek: [],
  roles: [{ name: '', count: 2, signupMode: 'auto', requiredSkills: [], requiredCertifications: [] }],
};

/**
 * Where the form shows an error the API reports against one of its fields (`schedule.recurrence.until`,
 * `roles.1.key`): the form's field path, or null for one the form has no place for (shown above it).
 */
export function formFieldOf(apiField: string): (string | number)[] | null {
  const parts = apiField.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [head, second, third] = parts;
  switch (head) {
    case 'title':
    case 'description':
    case 'kind':
    case 'community':
      return [head];
    case 'venue':
      return second === 'name' || second === 'address' ? ['venue', second] : ['venue', 'name'];
    case 'contact':
      return second === 'phone' ? ['contact', 'phone'] : ['contact', 'name'];
    case 'schedule':
      if (second === 'recurrence') return third === 'until' ? ['until'] : ['daysOfWeek'];
      return ['time'];
    case 'roles':
      if (typeof second !== 'number') return ['roles'];
      // The key is not on the form: its problem is the role's, shown on its name.
      return ['roles', second, ROLE_FIELDS.has(String(third)) ? String(third) : 'name'];
    default:
      return null;
  }
}

/** Volunteers the event needs in all: each role's count on every occurrence. */
export function volunteersNeeded(e: Pick<PartnerEvent, 'roles' | 'occurrences'>): number {
  return e.roles.reduce((sum, r) => sum + r.count, 0) * Math.max(1, e.occurrences.length);
}
