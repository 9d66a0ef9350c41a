import { ALL, NONE, type Principal, type RecordScope, type Role } from '@linkage/auth';
import type { FacilitationRepository, Facilitation } from './facilitation.repository';
import type { MemberFacts, MemberFactsRepository } from './member-facts.repository';
import {
  COUNSELLING_ROLES,
  COUNSELLING_RULES,
  CounsellingAccess,
  type CounsellingAction,
} from './counselling.access';

const who = (role: Role): Principal => ({
  accountId: `acc-${role}`,
  displayName: '',
  roles: [role],
  organisationId: role === 'partner' ? 'o1' : null,
  volunteerId: role === 'volunteer' ? 'v1' : null,
});

/** Every counsellor runs p1, every volunteer peer-facilitates p2; p3 is the one standard programme. */
const FACILITATION: Facilitation = { counsellorOf: ['p1'], peerOf: ['p2'], standard: ['p3'] };
/** Every volunteer is an active member of p4 and p5, with buddies e7 (in p4) and e8 (in p5). */
const MEMBERSHIP: MemberFacts = { memberOf: ['p4', 'p5'], buddyEnrolments: ['e7', 'e8'] };
const facts = { of: () => Promise.resolve(FACILITATION) } as unknown as FacilitationRepository;
const members = { of: () => Promise.resolve(MEMBERSHIP) } as unknown as MemberFactsRepository;
const access = new CounsellingAccess(facts, members);
const nobody = {
  of: () => Promise.resolve({ memberOf: [], buddyEnrolments: [] }),
} as unknown as MemberFactsRepository;

const programmes = (...ids: string[]): RecordScope => ({ kind: 'teams', teamIds: ids, orNoTeam: false });
const own = (role: Role): RecordScope => ({ kind: 'owner', ownerId: `acc-${role}` });
const ownOrPeer: RecordScope = { kind: 'any', scopes: [own('volunteer'), programmes('p2')] };

describe('COUNSELLING_RULES', () => {
  it.each<[string, Role, CounsellingAction, RecordScope]>([
    ['a counsellor plans programmes', 'counsellor', 'programme.create', ALL],
    ['an admin plans programmes', 'admin', 'programme.create', ALL],
    [
      'a counsellor reads only the programmes they facilitate',
      'counsellor',
      'programme.read',
      programmes('p1'),
    ],
    ['and manages only those', 'counsellor', 'programme.manage', programmes('p1')],
    ['an admin reads and manages every programme', 'admin', 'programme.manage', ALL],
    ['a peer facilitator reads their programme', 'volunteer', 'programme.read', programmes('p2')],
    ['but manages none', 'volunteer', 'programme.manage', NONE],
    ['a student sees what is open to apply to', 'volunteer', 'programme.browse', ALL],
    ['membership: the programme’s counsellors', 'counsellor', 'membership.read', programmes('p1')],
    [
      'membership: a member their own, a peer facilitator their programme’s',
      'volunteer',
      'membership.read',
      ownOrPeer,
    ],
    ['membership: admins only of standard programmes', 'admin', 'membership.read', programmes('p3')],
    ['a member’s records: the counsellors', 'counsellor', 'member.read', programmes('p1')],
    ['a member’s records: the member', 'volunteer', 'member.read', own('volunteer')],
    ['a member’s records: never an admin', 'admin', 'member.read', NONE],
    [
      'reviewing and enrolling: counsellors of the programme',
      'counsellor',
      'member.manage',
      programmes('p1'),
    ],
    ['not peer facilitators', 'volunteer', 'member.manage', NONE],
    ['not admins', 'admin', 'member.manage', NONE],
    ['consent: the member', 'volunteer', 'consent.record', own('volunteer')],
    ['consent: a counsellor from a signed form', 'counsellor', 'consent.record', programmes('p1')],
    ['consent: never an admin', 'admin', 'consent.record', NONE],
    ['attendance: counsellors', 'counsellor', 'attendance.record', programmes('p1')],
    ['attendance: peer facilitators', 'volunteer', 'attendance.record', programmes('p2')],
    ['sessions: a member sees their own attendance', 'volunteer', 'session.read', ownOrPeer],
    ['notes: counsellors write', 'counsellor', 'note.write', programmes('p1')],
    ['notes: counsellors read', 'counsellor', 'note.read', programmes('p1')],
    ['notes: admins never read content', 'admin', 'note.read', NONE],
    ['notes: admins see that they exist', 'admin', 'note.list', ALL],
    ['notes: peer facilitators read none', 'volunteer', 'note.read', NONE],
    ['notes: peer facilitators list none', 'volunteer', 'note.list', NONE],
    ['outcomes: counsellors of the programme', 'counsellor', 'outcome.read', programmes('p1')],
    ['outcomes: never admins', 'admin', 'outcome.read', NONE],
    ['outcomes: not peer facilitators', 'volunteer', 'outcome.read', NONE],
    ['measures: counsellors record any member’s', 'counsellor', 'outcome.record', programmes('p1')],
    ['measures: a member answers their own', 'volunteer', 'outcome.record', own('volunteer')],
    ['measures: never admins', 'admin', 'outcome.record', NONE],
    ['goals: a member sets their own', 'volunteer', 'goal.set', own('volunteer')],
    ['goals: counsellors of the programme', 'counsellor', 'goal.set', programmes('p1')],
    ['goals: never admins', 'admin', 'goal.set', NONE],
    ['check-ins: a member reads their own', 'volunteer', 'member.read', own('volunteer')],
    ['check-ins: counsellors of the programme read members’', 'counsellor', 'member.read', programmes('p1')],
    [
      'a buddy: only their buddies’ enrolments (for the narrow view)',
      'volunteer',
      'buddy.view',
      {
        kind: 'any',
        scopes: [
          { kind: 'owner', ownerId: 'e7' },
          { kind: 'owner', ownerId: 'e8' },
        ],
      },
    ],
    ['a buddy view is for members only', 'counsellor', 'buddy.view', NONE],
    ['admins see no buddy', 'admin', 'buddy.view', NONE],
    [
      'buddy requests: members of the programmes one is in',
      'volunteer',
      'buddy.request',
      programmes('p4', 'p5'),
    ],
    ['counsellors pair, they do not request', 'counsellor', 'buddy.request', NONE],
    ['pairing: counsellors of the programme', 'counsellor', 'member.manage', programmes('p1')],
    ['unpairing: the member', 'volunteer', 'buddy.unpair', own('volunteer')],
    ['unpairing: counsellors of the programme', 'counsellor', 'buddy.unpair', programmes('p1')],
    ['unpairing: never admins', 'admin', 'buddy.unpair', NONE],
    ['a student acts for themself', 'volunteer', 'own.use', own('volunteer')],
    ['a counsellor is no member', 'counsellor', 'own.use', NONE],
    ['the test clock: admins', 'admin', 'test_clock.use', ALL],
    ['the test clock: no counsellor', 'counsellor', 'test_clock.use', NONE],
    ['the test clock: no student', 'volunteer', 'test_clock.use', NONE],
  ])('%s', async (_name, role, action, expected) => {
    expect(await access.scope(who(role), action)).toEqual(expected);
  });

  it.each(Object.keys(COUNSELLING_RULES) as CounsellingAction[])(
    'coordinators and partners see no counselling data: %s',
    async (action) => {
      expect(await access.scope(who('coordinator'), action)).toEqual(NONE);
      expect(await access.scope(who('partner'), action)).toEqual(NONE);
      expect(COUNSELLING_ROLES[action]).not.toContain('coordinator');
      expect(COUNSELLING_ROLES[action]).not.toContain('partner');
    },
  );

  it('a counsellor who facilitates nothing gets nothing', async () => {
    const none = new CounsellingAccess(
      {
        of: () => Promise.resolve({ counsellorOf: [], peerOf: [], standard: [] }),
      } as unknown as FacilitationRepository,
      nobody,
    );
    expect(await none.scope(who('counsellor'), 'note.read')).toEqual(NONE);
    expect(await none.scope(who('counsellor'), 'programme.read')).toEqual(NONE);
  });

  it('a member without a buddy sees nobody’s progress, and one in no programme may ask nobody', async () => {
    const alone = new CounsellingAccess(facts, nobody);
    expect(await alone.scope(who('volunteer'), 'buddy.view')).toEqual(NONE);
    expect(await alone.scope(who('volunteer'), 'buddy.request')).toEqual(NONE);
  });

  it.each<[CounsellingAction, Role[]]>([
    ['programme.create', ['admin', 'counsellor']],
    ['programme.read', ['admin', 'counsellor', 'volunteer']],
    ['note.read', ['counsellor']],
    ['note.list', ['counsellor', 'admin']],
    ['own.use', ['volunteer']],
    ['outcome.read', ['counsellor']],
    ['buddy.view', ['volunteer']],
    ['goal.set', ['counsellor', 'volunteer']],
  ])('%s admits %j', (action, roles) => {
    expect(COUNSELLING_ROLES[action]).toEqual(roles);
  });

  it('only admins move the test clock', async () => {
    expect(await access.mayUseTestClock(who('admin'))).toBe(true);
    for (const role of ['counsellor', 'volunteer', 'coordinator', 'partner'] as const)
      expect(await access.mayUseTestClock(who(role))).toBe(false);
  });

  it('only counsellors facilitate what they plan', () => {
    expect(access.plansAsCounsellor(who('counsellor'))).toBe(true);
    expect(access.plansAsCounsellor(who('admin'))).toBe(false);
  });
});
