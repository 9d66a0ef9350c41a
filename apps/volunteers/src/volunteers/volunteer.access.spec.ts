import { ALL, NONE, ownedBy, scopeFor, type Principal, type Role } from '@linkage/auth';
import { VOLUNTEER_RULES, type VolunteerAction } from './volunteer.access';

const who = (role: Role, volunteerId: string | null = null): Principal => ({
  accountId: 'a',
  displayName: '',
  roles: [role],
  organisationId: null,
  volunteerId,
});

describe('VOLUNTEER_RULES', () => {
  it.each<[string, Principal, VolunteerAction, unknown]>([
    ['a coordinator reads every profile', who('coordinator'), 'read', ALL],
    ['a volunteer reads their own', who('volunteer', 'v1'), 'read', ownedBy('v1')],
    ['a volunteer without a profile reads none', who('volunteer'), 'read', NONE],
    ['a partner reads none', who('partner'), 'read', NONE],
    ['a counsellor reads none', who('counsellor'), 'read', NONE],
    ['a volunteer changes their own', who('volunteer', 'v1'), 'update', ownedBy('v1')],
    ['a coordinator records certifications', who('coordinator'), 'certify', ALL],
    ['an admin records certifications', who('admin'), 'certify', ALL],
    ['a volunteer cannot certify themselves', who('volunteer', 'v1'), 'certify', NONE],
    ['a volunteer gives their own consent', who('volunteer', 'v1'), 'consent', ownedBy('v1')],
    ['a coordinator records a paper consent', who('coordinator'), 'consent', ALL],
    ['a partner records no consent', who('partner'), 'consent', NONE],
  ])('%s', (_name, principal, action, expected) => {
    expect(scopeFor(VOLUNTEER_RULES, action, principal)).toEqual(expected);
  });
});
