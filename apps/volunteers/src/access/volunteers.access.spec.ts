import {
  ALL,
  anyOf,
  exceptOwnedBy,
  inTeams,
  NONE,
  ownedBy,
  type Principal,
  type RecordScope,
  type Role,
  type ScopedRecord,
} from '@linkage/auth';
import {
  VOLUNTEERS_ROLES,
  VolunteersAccess,
  type Memberships,
  type VolunteersAction,
} from './volunteers.access';

const who = (role: Role | Role[], volunteerId: string | null = null): Principal => ({
  accountId: 'a',
  displayName: '',
  roles: Array.isArray(role) ? role : [role],
  organisationId: null,
  volunteerId,
});

// leader: leads fire, is in fire and talk; member: in talk only; loner: in no team.
const memberships: Record<string, Memberships> = {
  leader: { memberOf: ['fire', 'talk'], leaderOf: ['fire'] },
  member: { memberOf: ['talk'], leaderOf: [] },
  loner: { memberOf: [], leaderOf: [] },
};

function access() {
  const of = jest.fn(async (ids: readonly string[]) =>
    Promise.resolve(new Map(ids.map((id) => [id, memberships[id]]))),
  );
  return { access: new VolunteersAccess({ of }), of };
}

const coordinator = who('coordinator');
const admin = who('admin');
const leader = who('volunteer', 'leader');
const member = who('volunteer', 'member');
const loner = who('volunteer', 'loner');
const noProfile = who('volunteer');
const partner = who('partner');
const counsellor = who('counsellor');

describe('VOLUNTEERS_RULES', () => {
  it.each<[string, Principal, VolunteersAction, RecordScope]>([
    // profiles
    ['a coordinator reads every profile', coordinator, 'volunteer.read', ALL],
    ['a volunteer reads their own', member, 'volunteer.read', ownedBy('member')],
    ['a volunteer without a profile reads none', noProfile, 'volunteer.read', NONE],
    ['a partner reads none', partner, 'volunteer.read', NONE],
    ['a counsellor reads none', counsellor, 'volunteer.read', NONE],
    ['a volunteer changes their own', member, 'volunteer.update', ownedBy('member')],
    ['a coordinator records certifications', coordinator, 'volunteer.certify', ALL],
    ['an admin records certifications', admin, 'volunteer.certify', ALL],
    ['a volunteer cannot certify themselves', member, 'volunteer.certify', NONE],
    ['a volunteer gives their own consent', member, 'volunteer.consent', ownedBy('member')],
    ['a coordinator records a paper consent', coordinator, 'volunteer.consent', ALL],
    ['a partner records no consent', partner, 'volunteer.consent', NONE],
    // teams
    ['a coordinator reads every team', coordinator, 'team.read', ALL],
    ['an admin manages teams', admin, 'team.manage', ALL],
    ['a coordinator manages teams', coordinator, 'team.manage', ALL],
    ['a volunteer reads the teams they are in', leader, 'team.read', inTeams(['fire', 'talk'])],
    ['a leader sees the members of the teams they lead', leader, 'team.read_members', inTeams(['fire'])],
    ['a plain member sees no members', member, 'team.read_members', NONE],
    ['a leader does not manage the team itself', leader, 'team.manage', NONE],
    ['a partner reads no team', partner, 'team.read', NONE],
    ['a counsellor sees no members', counsellor, 'team.read_members', NONE],
    // shifts
    ['a coordinator reads every shift', coordinator, 'shift.read', ALL],
    ['an admin manages every shift', admin, 'shift.manage', ALL],
    [
      'a volunteer reads open shifts and their teams’ shifts',
      member,
      'shift.read',
      inTeams(['talk'], { orNoTeam: true }),
    ],
    [
      'a volunteer in no team still reads the open shifts',
      loner,
      'shift.read',
      inTeams([], { orNoTeam: true }),
    ],
    ['a leader manages their team’s shifts', leader, 'shift.manage', inTeams(['fire'])],
    ['a plain member manages none', member, 'shift.manage', NONE],
    ['a volunteer without a profile manages none', noProfile, 'shift.manage', NONE],
    ['a partner reads no shift', partner, 'shift.read', NONE],
    ['a counsellor manages no shift', counsellor, 'shift.manage', NONE],
    // sign-ups
    ['a coordinator assigns', coordinator, 'signup.assign', ALL],
    ['a leader does not assign others', leader, 'signup.assign', NONE],
    ['a leader does not override overlaps', leader, 'signup.override_overlap', NONE],
    [
      'a leader sees their team’s sign-ups and their own',
      leader,
      'signup.read',
      anyOf(inTeams(['fire']), ownedBy('leader')),
    ],
    ['a member cancels only their own sign-up', member, 'signup.cancel', ownedBy('member')],
    // service records
    ['a coordinator reads every service record', coordinator, 'record.read', ALL],
    ['an admin administers service records', admin, 'record.administer', ALL],
    ['a volunteer reads their own records', member, 'record.read', ownedBy('member')],
    ['a volunteer asks for their own certificate', member, 'record.request_certificate', ownedBy('member')],
    ['a volunteer administers none', member, 'record.administer', NONE],
    ['a volunteer without a profile reads no records', noProfile, 'record.read', NONE],
    ['a partner reads no records', partner, 'record.read', NONE],
    ['a counsellor reads no records', counsellor, 'record.read', NONE],
    // hours records
    ['a coordinator manages every hours record', coordinator, 'hours.manage', ALL],
    [
      'a leader reads their own hours and their team’s',
      leader,
      'hours.read',
      anyOf(ownedBy('leader'), exceptOwnedBy(inTeams(['fire']), 'leader')),
    ],
    [
      'a leader manages their team’s hours but their own',
      leader,
      'hours.manage',
      exceptOwnedBy(inTeams(['fire']), 'leader'),
    ],
    ['a member reads only their own hours', member, 'hours.read', ownedBy('member')],
    ['a member manages no hours', member, 'hours.manage', NONE],
    ['a counsellor reads and manages no hours records', counsellor, 'hours.manage', NONE],
    // counselling sessions' hours (owner: a counsellor named to verify the session's hours)
    [
      'a counsellor reviews the hours of the sessions they verify',
      counsellor,
      'hours.review_counselling',
      ownedBy(counsellor.accountId),
    ],
    ['a coordinator reviews every session’s hours', coordinator, 'hours.review_counselling', ALL],
    ['a volunteer reviews none, their own neither', member, 'hours.review_counselling', NONE],
    ['a partner reviews none', partner, 'hours.review_counselling', NONE],
    // the rest
    ['a volunteer uses their own things', member, 'own.use', ownedBy('member')],
    ['a coordinator has no “me” things', coordinator, 'own.use', NONE],
    ['a volunteer reads the partner directory', member, 'organisation.read', ALL],
    ['a partner does not', partner, 'organisation.read', NONE],
    // issue 13: the card, the hand-over, activity insurance
    ['a volunteer shows their own card', member, 'card.show', ownedBy('member')],
    ['a coordinator has no card of their own to show', coordinator, 'card.show', NONE],
    ['a volunteer without a profile has no card', noProfile, 'card.show', NONE],
    ['a coordinator hands records over', coordinator, 'record.hand_over', ALL],
    ['an admin hands records over', admin, 'record.hand_over', ALL],
    ['a leader does not hand records over', leader, 'record.hand_over', NONE],
    ['a partner does not hand records over', partner, 'record.hand_over', NONE],
    ['a coordinator insures every shift', coordinator, 'shift.insure', ALL],
    ['a leader does not insure their team’s shifts', leader, 'shift.insure', NONE],
    ['a counsellor insures nothing', counsellor, 'shift.insure', NONE],
    // declared hours
    ['a volunteer declares and follows their own', member, 'declaration.create', ownedBy('member')],
    ['a coordinator declares none of their own', coordinator, 'declaration.create', NONE],
    ['a coordinator reviews every declaration', coordinator, 'declaration.review', ALL],
    [
      'a leader reviews their team’s shifts’ declarations but their own',
      leader,
      'declaration.review',
      exceptOwnedBy(inTeams(['fire']), 'leader'),
    ],
    ['a member reviews none, their own neither', member, 'declaration.review', NONE],
    ['a partner reviews none here (its inbox does)', partner, 'declaration.review', NONE],
    ['a counsellor reviews none', counsellor, 'declaration.review', NONE],
  ])('%s', async (_name, principal, action, expected) => {
    expect(await access().access.scope(principal, action)).toEqual(expected);
  });

  it.each<[string, Principal, VolunteersAction, ScopedRecord | undefined, boolean]>([
    ['a leader manages a shift of the team they lead', leader, 'shift.manage', { teamId: 'fire' }, true],
    ['not a shift of a team they merely belong to', leader, 'shift.manage', { teamId: 'talk' }, false],
    ['nor a shift open to everyone', leader, 'shift.manage', { teamId: null }, false],
    [
      'a leader verifies a member’s hours',
      leader,
      'hours.manage',
      { ownerId: 'member', teamId: 'fire' },
      true,
    ],
    [
      'a leader does not verify their own',
      leader,
      'hours.manage',
      { ownerId: 'leader', teamId: 'fire' },
      false,
    ],
    ['but reads them', leader, 'hours.read', { ownerId: 'leader', teamId: 'fire' }, true],
    [
      'a coordinator verifies their own too',
      who(['coordinator', 'volunteer'], 'leader'),
      'hours.manage',
      { ownerId: 'leader', teamId: 'fire' },
      true,
    ],
    ['a coordinator acts for the station', coordinator, 'signup.assign', undefined, true],
    ['a leader does not', leader, 'signup.assign', undefined, false],
    ['a volunteer’s own scope is not the whole station', member, 'record.read', undefined, false],
    [
      'another volunteer’s declaration is not theirs',
      member,
      'declaration.create',
      { ownerId: 'leader', teamId: null },
      false,
    ],
    [
      'a leader does not review a declaration with no shift of their team',
      leader,
      'declaration.review',
      { ownerId: 'member', teamId: null },
      false,
    ],
  ])('can: %s', async (_name, principal, action, record, expected) => {
    expect(await access().access.can(principal, action, record)).toBe(expected);
  });

  it('looks memberships up only when a rule needs them, and once per question', async () => {
    const { access: rules, of } = access();
    await rules.scope(who(['coordinator', 'volunteer'], 'leader'), 'hours.read');
    expect(of).not.toHaveBeenCalled();
    await rules.scope(leader, 'hours.read');
    expect(of).toHaveBeenCalledTimes(1);
    await rules.scope(noProfile, 'shift.manage');
    expect(of).toHaveBeenCalledTimes(1);
  });
});

describe('VOLUNTEERS_ROLES', () => {
  it.each<[VolunteersAction, Role[]]>([
    ['volunteer.create', ['admin', 'coordinator']],
    ['volunteer.read', ['admin', 'coordinator', 'volunteer']],
    ['team.manage', ['admin', 'coordinator']],
    ['shift.manage', ['admin', 'coordinator', 'volunteer']],
    ['own.use', ['volunteer']],
    ['record.administer', ['admin', 'coordinator']],
    ['card.show', ['volunteer']],
    ['record.hand_over', ['admin', 'coordinator']],
    ['shift.insure', ['admin', 'coordinator']],
  ])('%s admits %j', (action, roles) => {
    expect(VOLUNTEERS_ROLES[action]).toEqual(roles);
  });
});
