import {
  ALL,
  anyOf,
  coversAll,
  inTeams,
  ownedBy,
  rolesFor,
  scopeFor,
  when,
  type AccessRules,
  type Principal,
  type RecordScope,
  type Role,
} from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { FacilitationRepository, type Facilitation } from './facilitation.repository';
import { MemberFactsRepository, type MemberFacts } from './member-facts.repository';

/**
 * What the rules look up beyond the token, once per request and only when a rule asks: the programmes
 * the caller facilitates (as a counsellor or as a peer facilitator) and which programmes are standard
 * (not confidential).
 */
export interface CounsellingFacts {
  facilitation(): Promise<Facilitation>;
  /** The caller as a member: the programmes they are active in and their buddies' enrolments. */
  membership(): Promise<MemberFacts>;
}

export type CounsellingAction = keyof typeof COUNSELLING_RULES;

const counsellorOf = async (f: CounsellingFacts) => inTeams((await f.facilitation()).counsellorOf);
const peerOf = async (f: CounsellingFacts) => inTeams((await f.facilitation()).peerOf);
const own = (p: Principal) => ownedBy(p.accountId);

/**
 * Every access rule of the counselling service, per (resource, action): the first rule whose role the
 * caller has decides, and no rule means no records (deny by default). The endpoint's @Roles come from
 * the same table (`COUNSELLING_ROLES`). Records are checked on two columns their repositories name:
 * team = the programme, owner = the member's account. Facilitation is looked up on each request, so
 * adding or removing a facilitator takes effect at once.
 *
 * Coordinators have no rule anywhere: counselling data is not theirs to see. Admins administer
 * programmes and see that notes exist, never what they say, and a confidential programme's membership
 * only its facilitators see.
 */
export const COUNSELLING_RULES = {
  // Programmes (team: the programme itself). A counsellor plans one and facilitates it from then on;
  // counsellors see and run only the programmes they facilitate, peer facilitators read theirs.
  'programme.create': [when('admin', () => ALL), when('counsellor', () => ALL)],
  'programme.read': [
    when('admin', () => ALL),
    when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f)),
    when('volunteer', (_p, f: CounsellingFacts) => peerOf(f)),
  ],
  'programme.manage': [
    when('admin', () => ALL),
    when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f)),
  ],
  // Open programmes and their published intake surveys: what a student may apply to.
  'programme.browse': [when('admin', () => ALL), when('counsellor', () => ALL), when('volunteer', () => ALL)],

  // Who is in a programme (team: the programme; owner: the member). Its facilitators, counsellors and
  // peers alike; a member sees their own enrolment; admins the members of standard programmes only.
  'membership.read': [
    when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f)),
    when('volunteer', async (p, f: CounsellingFacts) => anyOf(own(p), await peerOf(f))),
    when('admin', async (_p, f: CounsellingFacts) => inTeams((await f.facilitation()).standard)),
  ],
  // A member's own records (applications and answers, consents, goals, check-ins, progress): the member
  // and the programme's counsellors, nobody else (peer facilitators and buddies neither).
  'member.read': [
    when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f)),
    when('volunteer', (p) => own(p)),
  ],
  // Reviewing applications, enrolling, pairing buddies.
  'member.manage': [when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f))],
  // A quitting goal (quit date, target cigarettes a day): the member sets their own, or a counsellor of
  // the programme sets it with them.
  'goal.set': [
    when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f)),
    when('volunteer', (p) => own(p)),
  ],
  // Consent and withdrawal: the member's own act, or a counsellor of the programme recording a signed form.
  'consent.record': [
    when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f)),
    when('volunteer', (p) => own(p)),
  ],
  // Sessions and attendance: the programme's counsellors and peer facilitators take the register.
  'session.read': [
    when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f)),
    when('volunteer', async (p, f: CounsellingFacts) => anyOf(own(p), await peerOf(f))),
  ],
  'attendance.record': [
    when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f)),
    when('volunteer', (_p, f: CounsellingFacts) => peerOf(f)),
  ],

  // Confidential notes (team: the programme). Only the programme's counsellors write and read them;
  // admins see that they exist (author, time, what they are about), never their content.
  'note.write': [when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f))],
  'note.read': [when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f))],
  'note.list': [when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f)), when('admin', () => ALL)],

  // Buddies (owner: here the enrolment, as a buddy sees the other only within the pair's programme).
  // A buddy sees the other's streak and last check-in day, nothing else; the service asks this rule
  // before it builds that narrow view, never for check-ins, notes or answers.
  'buddy.view': [
    when('volunteer', async (_p, f: CounsellingFacts) =>
      anyOf(...(await f.membership()).buddyEnrolments.map((id) => ownedBy(id))),
    ),
  ],
  // Asking someone to be your buddy (team: the programme): members of a programme you are active in.
  'buddy.request': [
    when('volunteer', async (_p, f: CounsellingFacts) => inTeams((await f.membership()).memberOf)),
  ],
  // Ending a pair: either member, or a counsellor of the programme.
  'buddy.unpair': [
    when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f)),
    when('volunteer', (p) => own(p)),
  ],

  // Pre/post measures (team: the programme; owner: the member): a counsellor records any member's, a
  // member answers their own.
  'outcome.record': [
    when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f)),
    when('volunteer', (p) => own(p)),
  ],
  // Group outcomes, suppressed below five people: only the programme's counsellors. Admins and
  // coordinators run no programme and read none (a small programme's figures could still identify).
  'outcome.read': [when('counsellor', (_p, f: CounsellingFacts) => counsellorOf(f))],

  // What a student does for themself (owner: their account): apply, consent, withdraw, set a goal,
  // check in, ask for or accept a buddy, see their buddy, read their notifications (owner: the account).
  'own.use': [when('volunteer', (p) => own(p))],

  // The test clock (only where COUNSELLING_TEST_CLOCK=enabled): admins move the service's time for a
  // walk through days; to anyone else it is not there at all (404).
  'test_clock.use': [when('admin', () => ALL)],
} satisfies AccessRules<string, CounsellingFacts>;

const rules: AccessRules<CounsellingAction, CounsellingFacts> = COUNSELLING_RULES;

/** The roles each action's endpoints admit (@Roles): those some rule of the action is written for. */
export const COUNSELLING_ROLES = Object.fromEntries(
  Object.keys(rules).map((action) => [action, rolesFor(rules, action as CounsellingAction)]),
) as Record<CounsellingAction, Role[]>;

/**
 * For work the service does on its own account with no caller (the buddy nudge job): every record.
 * Never for a request.
 */
export const SERVICE_SCOPE: RecordScope = ALL;

/**
 * The one place the counselling service decides access: "may this principal do this action to these
 * records". Services ask it for a scope and hand that to a repository, which filters by it.
 */
@Injectable()
export class CounsellingAccess {
  constructor(
    private readonly facilitation: FacilitationRepository,
    private readonly members: MemberFactsRepository,
  ) {}

  scope(principal: Principal, action: CounsellingAction): Promise<RecordScope> {
    let loaded: Promise<Facilitation> | undefined;
    let member: Promise<MemberFacts> | undefined;
    const facts: CounsellingFacts = {
      facilitation: () => (loaded ??= this.facilitation.of(principal.accountId)),
      membership: () => (member ??= this.members.of(principal.accountId)),
    };
    return scopeFor(rules, action, principal, facts);
  }

  /** Whether the caller may move the test clock (the controller answers 404 to anyone else). */
  async mayUseTestClock(principal: Principal): Promise<boolean> {
    return coversAll(await this.scope(principal, 'test_clock.use'));
  }

  /** Whether the caller plans programmes as a counsellor, and so facilitates those they plan. */
  plansAsCounsellor(principal: Principal): boolean {
    return principal.roles.includes('counsellor');
  }
}
