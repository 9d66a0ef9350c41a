import type { BackendServiceName } from '@linkage/config';

/**
 * The routing table, the one place that says which service owns which resource. `/api/<resource>` and
 * everything below it goes to that service unchanged. `audit` and `dead-letters` are in every service
 * and belong to none: the gateway's own controllers merge them, so they must never appear here.
 */
export const ROUTES: Readonly<Record<string, BackendServiceName>> = {
  auth: 'identity',
  accounts: 'identity',
  invitations: 'identity',
  volunteers: 'volunteers',
  teams: 'volunteers',
  shifts: 'volunteers',
  calendar: 'volunteers',
  attendance: 'volunteers',
  hours: 'volunteers',
  points: 'volunteers',
  certificates: 'volunteers',
  handovers: 'volunteers',
  organisations: 'partners',
  events: 'partners',
  projects: 'partners',
  inbox: 'partners',
  campaigns: 'screening',
  'screening-sessions': 'screening',
  sessions: 'screening',
  residents: 'screening',
  referrals: 'screening',
  programmes: 'counselling',
  counselling: 'counselling',
};

/** The service that owns an `/api/...` path, or undefined. */
export function ownerOf(path: string): BackendServiceName | undefined {
  const match = /^\/api\/([^/?#]+)/.exec(path);
  return match ? ROUTES[match[1]] : undefined;
}
