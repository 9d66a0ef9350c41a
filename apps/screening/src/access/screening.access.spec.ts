import { ALL, NONE, type Principal, type RecordScope, type Role } from '@linkage/auth';
import {
  SCREENING_ROLES,
  ScreenerSessionsSource,
  ScreeningAccess,
  type ScreeningAction,
} from './screening.access';

const NOW = new Date('2026-10-09T02:00:00Z');

const who = (role: Role, extra: Partial<Principal> = {}): Principal => ({
  accountId: 'a',
  displayName: '',
  roles: [role],
  organisationId: role === 'partner' ? 'o1' : null,
  volunteerId: role === 'volunteer' ? 'v1' : null,
  ...extra,
});

/** The sessions each volunteer is confirmed on, as session_screeners would answer for the window asked. */
class Screeners extends ScreenerSessionsSource {
  readonly asked: { volunteerId: string; startsBy: Date; endsAfter: Date }[] = [];
  constructor(private readonly running: Record<string, string[]> = {}) {
    super();
  }
  confirmedSessions(volunteerId: string, window: { startsBy: Date; endsAfter: Date }): Promise<string[]> {
    this.asked.push({ volunteerId, ...window });
    return Promise.resolve(this.running[volunteerId] ?? []);
  }
}

const SCREENER: RecordScope = { kind: 'teams', teamIds: ['s1'], orNoTeam: false };

describe('SCREENING_RULES', () => {
  it.each<[string, Principal, ScreeningAction, RecordScope]>([
    ['a coordinator reads every campaign', who('coordinator'), 'campaign.read', ALL],
    ['an admin plans campaigns', who('admin'), 'campaign.create', ALL],
    [
      'a partner reads the campaigns it is a partner of',
      who('partner', { organisationId: 'o1' }),
      'campaign.read',
      { kind: 'owner', ownerId: 'o1' },
    ],
    ['a volunteer reads none', who('volunteer'), 'campaign.read', NONE],
    ['a counsellor plans none', who('counsellor'), 'campaign.create', NONE],
    ['a coordinator schedules sessions', who('coordinator'), 'session.manage', ALL],
    ['an admin reads every session', who('admin'), 'session.read', ALL],
    ['a screener manages no session', who('volunteer'), 'session.manage', NONE],
    ['a screener reads the session they work', who('volunteer'), 'session.read', SCREENER],
    ['a partner reads no session', who('partner'), 'session.read', NONE],
    ['a coordinator registers residents in every campaign', who('coordinator'), 'resident.create', ALL],
    ['an admin reads every resident', who('admin'), 'resident.read', ALL],
    ['a coordinator records consent for every resident', who('coordinator'), 'resident.consent', ALL],
    ['a coordinator enters results for every resident', who('coordinator'), 'result.create', ALL],
    ['an admin reads every result', who('admin'), 'result.read', ALL],
    ['a coordinator changes every resident', who('coordinator'), 'resident.update', ALL],
    [
      'a screener registers residents at their running session',
      who('volunteer'),
      'resident.create',
      SCREENER,
    ],
    ['a screener reads that session’s residents', who('volunteer'), 'resident.read', SCREENER],
    ['a screener records their education', who('volunteer'), 'resident.update', SCREENER],
    ['a screener records their consent', who('volunteer'), 'resident.consent', SCREENER],
    ['a screener enters their results', who('volunteer'), 'result.create', SCREENER],
    ['a screener reads their results', who('volunteer'), 'result.read', SCREENER],
    [
      'a volunteer on no running session reaches no resident',
      who('volunteer', { volunteerId: 'v2' }),
      'resident.read',
      NONE,
    ],
    [
      'a volunteer without a profile reaches none',
      who('volunteer', { volunteerId: null }),
      'result.create',
      NONE,
    ],
    ['a partner reads no resident', who('partner'), 'resident.read', NONE],
    ['a partner reads no result', who('partner'), 'result.read', NONE],
    ['a counsellor reads no resident', who('counsellor'), 'resident.read', NONE],
    ['a coordinator reads every pathway', who('coordinator'), 'pathway.read', ALL],
    ['an admin manages every pathway', who('admin'), 'pathway.manage', ALL],
    ['a partner reads no pathway (referrals: its inbox)', who('partner'), 'pathway.read', NONE],
    ['a screener manages no pathway', who('volunteer'), 'pathway.manage', NONE],
    ['a coordinator reads every dashboard', who('coordinator'), 'dashboard.read', ALL],
    [
      'a partner reads its campaigns’ dashboards',
      who('partner'),
      'dashboard.read',
      { kind: 'owner', ownerId: 'o1' },
    ],
    ['a volunteer reads no dashboard', who('volunteer'), 'dashboard.read', NONE],
    ['a coordinator imports paper forms', who('coordinator'), 'import.create', ALL],
    ['a partner imports nothing', who('partner'), 'import.create', NONE],
    ['an admin exports de-identified results', who('admin'), 'export.read', ALL],
    ['a partner exports nothing', who('partner'), 'export.read', NONE],
  ])('%s', async (_name, principal, action, expected) => {
    const access = new ScreeningAccess(new Screeners({ v1: ['s1'] }));
    expect(await access.scope(principal, action, NOW)).toEqual(expected);
  });

  it('asks for the sessions that start within the hour ahead and ended less than two hours ago', async () => {
    const screeners = new Screeners();
    await new ScreeningAccess(screeners).scope(who('volunteer'), 'resident.read', NOW);
    expect(screeners.asked).toEqual([
      {
        volunteerId: 'v1',
        startsBy: new Date('2026-10-09T03:00:00Z'),
        endsAfter: new Date('2026-10-09T00:00:00Z'),
      },
    ]);
  });

  it('never looks up sessions for staff', async () => {
    const screeners = new Screeners();
    await new ScreeningAccess(screeners).scope(who('coordinator'), 'result.create', NOW);
    expect(screeners.asked).toEqual([]);
  });

  it.each<[Principal, boolean]>([
    [who('coordinator'), true],
    [who('admin'), true],
    [who('volunteer'), false],
  ])('acts for the whole station: %j → %s', async (principal, expected) => {
    expect(await new ScreeningAccess(new Screeners({ v1: ['s1'] })).can(principal, 'result.create')).toBe(
      expected,
    );
  });

  it.each<[ScreeningAction, Role[]]>([
    ['campaign.create', ['admin', 'coordinator']],
    ['campaign.read', ['admin', 'coordinator', 'partner']],
    ['session.manage', ['admin', 'coordinator']],
    ['session.read', ['admin', 'coordinator', 'volunteer']],
    ['resident.create', ['admin', 'coordinator', 'volunteer']],
    ['resident.read', ['admin', 'coordinator', 'volunteer']],
    ['resident.update', ['admin', 'coordinator', 'volunteer']],
    ['resident.consent', ['admin', 'coordinator', 'volunteer']],
    ['result.create', ['admin', 'coordinator', 'volunteer']],
    ['result.read', ['admin', 'coordinator', 'volunteer']],
    ['pathway.read', ['admin', 'coordinator']],
    ['pathway.manage', ['admin', 'coordinator']],
    ['dashboard.read', ['admin', 'coordinator', 'partner']],
    ['import.create', ['admin', 'coordinator']],
    ['export.read', ['admin', 'coordinator']],
  ])('%s admits %j', (action, roles) => {
    expect(SCREENING_ROLES[action]).toEqual(roles);
  });

  it.each<[Principal, boolean]>([
    [who('coordinator'), true],
    [who('partner'), false],
  ])('dashboard figures exact (not suppressed) for %j: %s', async (principal, exact) => {
    expect(await new ScreeningAccess(new Screeners()).can(principal, 'dashboard.read')).toBe(exact);
  });
});
