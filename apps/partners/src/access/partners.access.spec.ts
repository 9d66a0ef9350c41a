import { ALL, NONE, ownedBy, type Principal, type RecordScope, type Role } from '@linkage/auth';
import { PARTNERS_ROLES, PartnersAccess, type PartnersAction } from './partners.access';

const who = (role: Role, organisationId: string | null = null): Principal => ({
  accountId: 'a',
  displayName: '',
  roles: [role],
  organisationId,
  volunteerId: null,
});

describe('PARTNERS_RULES', () => {
  it.each<[string, Principal, PartnersAction, RecordScope]>([
    ['a coordinator reads every organisation', who('coordinator'), 'organisation.read', ALL],
    ['an admin changes every organisation', who('admin'), 'organisation.update', ALL],
    ['a partner reads their own', who('partner', 'o1'), 'organisation.read', ownedBy('o1')],
    [
      'a partner edits their own contact details',
      who('partner', 'o1'),
      'organisation.update_contact',
      ownedBy('o1'),
    ],
    ['a partner does not rename or suspend it', who('partner', 'o1'), 'organisation.update', NONE],
    ['a partner without an organisation reads none', who('partner'), 'organisation.read', NONE],
    ['a volunteer reads none', who('volunteer'), 'organisation.read', NONE],
    ['a counsellor reads none', who('counsellor'), 'organisation.read', NONE],
    ['a partner registers none', who('partner', 'o1'), 'organisation.create', NONE],
  ])('%s', async (_name, principal, action, expected) => {
    expect(await new PartnersAccess().scope(principal, action)).toEqual(expected);
  });

  it.each<[PartnersAction, Role[]]>([
    ['organisation.create', ['admin', 'coordinator']],
    ['organisation.read', ['admin', 'coordinator', 'partner']],
    ['organisation.update_contact', ['admin', 'coordinator', 'partner']],
    ['organisation.update', ['admin', 'coordinator']],
  ])('%s admits %j', (action, roles) => {
    expect(PARTNERS_ROLES[action]).toEqual(roles);
  });
});
