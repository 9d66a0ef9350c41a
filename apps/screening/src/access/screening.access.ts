import {
  coversAll,
  inTeams,
  ownedBy,
  rolesFor,
  scopeFor,
  STAFF,
  when,
  type AccessRules,
  type Principal,
  type RecordScope,
  type Role,
} from '@linkage/auth';
import { Injectable } from '@nestjs/common';

export type ScreeningAction = keyof typeof SCREENING_RULES;

/**
 * How long a screener's session "runs" for access: from an hour before its start (setting up, the first
 * residents arrive early) until two hours after its end (entering what was scored on paper in the
 * rush, finishing the last Mini-Cog). Outside it a screener sees none of the session's residents.
 */
export const SCREENER_LEAD_MINUTES = 60;
export const SCREENER_GRACE_MINUTES = 120;

/**
 * Where the rules read the sessions a volunteer is confirmed on (session_screeners, fed by volunteers'
 * assignment events). The sessions feature implements it; the service definition wires the two
 * (AccessModule.withScreenerSessions), so this module depends on no feature while every feature depends on it.
 */
export abstract class ScreenerSessionsSource {
  /** The sessions, not cancelled, the volunteer is confirmed on that start by `startsBy` and end after `endsAfter`. */
  abstract confirmedSessions(
    volunteerId: string,
    window: { startsBy: Date; endsAfter: Date },
  ): Promise<string[]>;
}

/** What the rules look up beyond the token: the caller's running sessions, once and only when a rule asks. */
export interface ScreeningFacts {
  runningSessions(): Promise<readonly string[]>;
}

/**
 * The screeners' rule: a volunteer confirmed on a session's shift (a trained screener: the shift required
 * the certificate) reaches the residents of that session while it runs, and nothing else. A session is
 * the group a screener works in: the scope's teams are session ids, and the residents' and results'
 * repositories name their session column as the team column (sessions name their id).
 */
const screenerOfSession = when('volunteer', async (_p, f: ScreeningFacts) =>
  inTeams(await f.runningSessions()),
);

/**
 * Every access rule of the screening service, per (resource, action): the first rule whose role the
 * caller has decides, and no rule means no records (deny by default). The endpoint's @Roles come from
 * the same table (`SCREENING_ROLES`). Residents' data is sensitive personal information: partners and
 * counsellors have no rule for it at all (403), and every read and write of it is audited.
 */
export const SCREENING_RULES = {
  // Campaigns: coordinators and admins plan and see them; a partner organisation sees the campaigns it is a
  // partner of (owner: the partner organisation), to reach their dashboards. Their sessions stay staff's.
  'campaign.create': [...STAFF],
  'campaign.read': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  // Sessions: coordinators and admins schedule, change, cancel and complete them; a screener reads the
  // session they are working.
  'session.manage': [...STAFF],
  'session.read': [...STAFF, screenerOfSession],
  // Residents of campaigns: coordinators and admins register and see all of them; the scope of
  // `resident.create` is the campaigns (staff) or the sessions (screeners) one may register residents at.
  'resident.create': [...STAFF, screenerOfSession],
  'resident.read': [...STAFF, screenerOfSession],
  // Changing what is on record of a resident (education, for stage 2).
  'resident.update': [...STAFF, screenerOfSession],
  // Recording and withdrawing consent.
  'resident.consent': [...STAFF, screenerOfSession],
  // Screening results: entered and read for the residents above.
  'result.create': [...STAFF, screenerOfSession],
  'result.read': [...STAFF, screenerOfSession],
  // The pathway (stage-2 tasks, referrals, follow-ups, overdue lists): the station's staff. The hospital
  // reads the referrals addressed to it in its partner inbox (partners), never here.
  'pathway.read': [...STAFF],
  'pathway.manage': [...STAFF],
  // A campaign's dashboard: staff see every campaign's, exactly (`can`); a partner organisation of the
  // campaign sees its own campaigns' (owner: the partner organisation), counts of 1–4 suppressed.
  'dashboard.read': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  // Paper forms imported, and the de-identified export of a campaign's results.
  'import.create': [...STAFF],
  'export.read': [...STAFF],
} satisfies AccessRules<string, ScreeningFacts>;

const rules: AccessRules<ScreeningAction, ScreeningFacts> = SCREENING_RULES;

/** The roles each action's endpoints admit (@Roles): those some rule of the action is written for. */
export const SCREENING_ROLES = Object.fromEntries(
  Object.keys(rules).map((action) => [action, rolesFor(rules, action as ScreeningAction)]),
) as Record<ScreeningAction, Role[]>;

/**
 * The one place the screening service decides access: "may this principal do this action to these
 * records". Services ask it for a scope and hand that to a repository, which filters by it.
 */
@Injectable()
export class ScreeningAccess {
  constructor(private readonly screeners: ScreenerSessionsSource) {}

  scope(principal: Principal, action: ScreeningAction, now = new Date()): Promise<RecordScope> {
    let loaded: Promise<string[]> | undefined;
    const facts: ScreeningFacts = {
      runningSessions: () =>
        (loaded ??= principal.volunteerId
          ? this.screeners.confirmedSessions(principal.volunteerId, runningWindow(now))
          : Promise.resolve([])),
    };
    return scopeFor(rules, action, principal, facts);
  }

  /** Whether the caller may do the action to every record: acts for the station, not at one session. */
  async can(principal: Principal, action: ScreeningAction): Promise<boolean> {
    return coversAll(await this.scope(principal, action));
  }
}

/** A session runs at `now` when it starts by now + the lead and ends after now − the grace. */
function runningWindow(now: Date): { startsBy: Date; endsAfter: Date } {
  return {
    startsBy: new Date(now.getTime() + SCREENER_LEAD_MINUTES * 60_000),
    endsAfter: new Date(now.getTime() - SCREENER_GRACE_MINUTES * 60_000),
  };
}
