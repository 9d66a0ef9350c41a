import {
  ALL,
  anyOf,
  coversAll,
  exceptOwnedBy,
  inTeams,
  ownedBy,
  rolesFor,
  scopeAllows,
  scopeFor,
  STAFF,
  when,
  type AccessRules,
  type Principal,
  type RecordScope,
  type Role,
  type ScopedRecord,
} from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';

/** The teams a volunteer belongs to, and the subset they lead. */
export interface Memberships {
  memberOf: readonly string[];
  leaderOf: readonly string[];
}

export const NO_MEMBERSHIPS: Memberships = { memberOf: [], leaderOf: [] };

/**
 * Where the rules read a volunteer's teams from. The teams feature implements it; the service
 * definition wires the two (AccessModule.withMemberships), so this module depends on no feature while
 * every feature depends on it.
 */
export abstract class MembershipSource {
  /** Each volunteer's teams, read at once (`tx`: on that transaction's connection); none for the unknown. */
  abstract of(volunteerIds: readonly string[], tx?: Tx): Promise<ReadonlyMap<string, Memberships>>;
}

/** What the rules look up beyond the token: the caller's teams, once and only when a rule asks. */
export interface VolunteersFacts {
  memberships(): Promise<Memberships>;
}

export type VolunteersAction = keyof typeof VOLUNTEERS_RULES;

const own = (p: Principal) => ownedBy(p.volunteerId);
const memberOf = async (f: VolunteersFacts) => (await f.memberships()).memberOf;
const leaderOf = async (f: VolunteersFacts) => (await f.memberships()).leaderOf;

/**
 * Every access rule of the volunteers service, per (resource, action): the first rule whose role the
 * caller has decides, and no rule means no records (deny by default). The endpoint's @Roles come from
 * the same table (`VOLUNTEERS_ROLES`). Leadership and membership are looked up in team_members on each
 * request, so a change of leader takes effect at once (not at the next token). The columns each record
 * kind is checked on (owner, team) are named by its repository.
 */
export const VOLUNTEERS_RULES = {
  // Profiles (owner: the volunteer). Coordinators and admins see and edit every profile; a volunteer their
  // own. Certifications are recorded by coordinators only, who have seen the certificate: shifts that need
  // one trust them. Consent is the volunteer's own act, or a coordinator recording a signed paper form.
  // Team leaders see their members through /api/teams/{id}/members, not here.
  'volunteer.create': [...STAFF],
  'volunteer.read': [...STAFF, when('volunteer', own)],
  'volunteer.update': [...STAFF, when('volunteer', own)],
  'volunteer.certify': [...STAFF],
  'volunteer.consent': [...STAFF, when('volunteer', own)],

  // Teams (team: the team itself). A volunteer sees the teams they are in; a leader also who is in the
  // teams they lead; only coordinators and admins change teams and who is in them.
  'team.read': [...STAFF, when('volunteer', async (_p, f: VolunteersFacts) => inTeams(await memberOf(f)))],
  'team.read_members': [
    ...STAFF,
    when('volunteer', async (_p, f: VolunteersFacts) => inTeams(await leaderOf(f))),
  ],
  'team.manage': [...STAFF],

  // Shifts (team: the shift's team, none for a shift open to everyone). A volunteer reads the shifts open
  // to everyone and those of their teams (a team-only shift of another team does not exist for them);
  // managing (create, change, cancel, check-in, attendance, roster, approving, scanning a volunteer's
  // card and adding a walk-in at the door) is for coordinators and the leaders of the shift's team.
  // Activity insurance (the policy, the insured list sent to the insurer) is the station's: coordinators.
  'shift.read': [
    ...STAFF,
    when('volunteer', async (_p, f: VolunteersFacts) => inTeams(await memberOf(f), { orNoTeam: true })),
  ],
  'shift.manage': [...STAFF, when('volunteer', async (_p, f: VolunteersFacts) => inTeams(await leaderOf(f)))],
  'shift.insure': [...STAFF],

  // Sign-ups (owner: the volunteer signed up; team: the shift's team). One sign-up is seen and cancelled
  // by those who manage its shift and by its volunteer. Signing someone else up and overriding an
  // overlap are for coordinators and admins.
  'signup.create': [...STAFF, when('volunteer', own)],
  'signup.read': [
    ...STAFF,
    when('volunteer', async (p, f: VolunteersFacts) => anyOf(inTeams(await leaderOf(f)), own(p))),
  ],
  'signup.cancel': [
    ...STAFF,
    when('volunteer', async (p, f: VolunteersFacts) => anyOf(inTeams(await leaderOf(f)), own(p))),
  ],
  'signup.assign': [...STAFF],
  'signup.override_overlap': [...STAFF],

  // A volunteer's service records: hours, points, certificates, assignments (owner: the volunteer).
  // Issuing and revoking certificates, manual awards, totals and exports: coordinators and admins.
  'record.read': [...STAFF, when('volunteer', own)],
  'record.request_certificate': [...STAFF, when('volunteer', own)],
  'record.administer': [...STAFF],
  // Handing the station's records over to the national system (a numbered batch, each record once).
  'record.hand_over': [...STAFF],

  // One hours record (owner: its volunteer; team: its shift's team). Its volunteer reads it; the leaders
  // of the shift's team read, verify and adjust it, but nobody verifies or adjusts their own hours.
  'hours.read': [
    ...STAFF,
    when('volunteer', async (p, f: VolunteersFacts) =>
      anyOf(own(p), exceptOwnedBy(inTeams(await leaderOf(f)), p.volunteerId)),
    ),
  ],
  'hours.manage': [
    ...STAFF,
    when('volunteer', async (p, f: VolunteersFacts) =>
      exceptOwnedBy(inTeams(await leaderOf(f)), p.volunteerId),
    ),
  ],

  // Hours served at a counselling session (owner: a counsellor who verifies that session's hours, as
  // its completion named the programme's counsellors). They list, verify and send back exactly those
  // records; coordinators and admins see them all. Counsellors have no other hours rule.
  'hours.review_counselling': [...STAFF, when('counsellor', (p) => ownedBy(p.accountId))],

  // Declared hours (owner: the declaring volunteer; team: the declared shift's team). A volunteer declares
  // and follows their own; coordinators review every declaration, the leaders of a declared shift's team
  // review its declarations, nobody their own (another volunteer's declaration is not there for them).
  'declaration.create': [when('volunteer', own)],
  'declaration.review': [
    ...STAFF,
    when('volunteer', async (p, f: VolunteersFacts) =>
      exceptOwnedBy(inTeams(await leaderOf(f)), p.volunteerId),
    ),
  ],

  // What the signed-in volunteer does for themself alone ("me" endpoints): their profile and sign-ups,
  // checking in, notifications, the calendar feed.
  'own.use': [when('volunteer', own)],
  // The electronic volunteer card: only its volunteer sees its codes (a leader scans, never fetches them).
  'card.show': [when('volunteer', own)],

  // The partner directory (names and kinds), for everyone who plans or takes shifts.
  'organisation.read': [...STAFF, when('volunteer', () => ALL)],
} satisfies AccessRules<string, VolunteersFacts>;

const rules: AccessRules<VolunteersAction, VolunteersFacts> = VOLUNTEERS_RULES;

/**
 * For work the service does on its own account, with no caller (the waitlist sweep, event handlers):
 * every record. Never for a request.
 */
export const STATION_SCOPE: RecordScope = ALL;

/** The roles each action's endpoints admit (@Roles): those some rule of the action is written for. */
export const VOLUNTEERS_ROLES = Object.fromEntries(
  Object.keys(rules).map((action) => [action, rolesFor(rules, action as VolunteersAction)]),
) as Record<VolunteersAction, Role[]>;

/**
 * The one place the volunteers service decides access: "may this principal do this action to these
 * records". Services ask it for a scope to hand to a repository (which filters by it), or for a yes/no
 * about one record they already hold; nothing else reads scopes or roles.
 */
@Injectable()
export class VolunteersAccess {
  constructor(private readonly memberships: MembershipSource) {}

  /** The records the caller may do the action to. */
  async scope(principal: Principal, action: VolunteersAction): Promise<RecordScope> {
    const [scope] = await this.scopes([principal], action);
    return scope;
  }

  /**
   * The scope of each of several callers for one action, their memberships read in one statement and
   * only if a rule asks (in `tx` when given: a batch of requests taken in one transaction).
   */
  scopes(principals: readonly Principal[], action: VolunteersAction, tx?: Tx): Promise<RecordScope[]> {
    let loaded: Promise<ReadonlyMap<string, Memberships>> | undefined;
    const load = (): Promise<ReadonlyMap<string, Memberships>> =>
      (loaded ??= this.memberships.of(
        principals.flatMap((p) => (p.volunteerId ? [p.volunteerId] : [])),
        tx,
      ));
    return Promise.all(
      principals.map((principal) =>
        scopeFor(rules, action, principal, {
          memberships: async () =>
            principal.volunteerId
              ? ((await load()).get(principal.volunteerId) ?? NO_MEMBERSHIPS)
              : NO_MEMBERSHIPS,
        }),
      ),
    );
  }

  /**
   * With a record: whether the caller may do the action to it. Without: whether they may do it to every
   * record, i.e. act for the station (sign others up, override an overlap, verify as the coordinator).
   */
  async can(principal: Principal, action: VolunteersAction, record?: ScopedRecord): Promise<boolean> {
    const scope = await this.scope(principal, action);
    return record ? scopeAllows(scope, record) : coversAll(scope);
  }

  /** `can` with a record, for several callers at once (a batch of requests; `tx` as for `scopes`). */
  async canEach(
    principals: readonly Principal[],
    action: VolunteersAction,
    record: ScopedRecord,
    tx?: Tx,
  ): Promise<boolean[]> {
    return (await this.scopes(principals, action, tx)).map((scope) => scopeAllows(scope, record));
  }
}
