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
    [
      'a partner drafts events for their own organisation',
      who('partner', 'o1'),
      'event.create',
      ownedBy('o1'),
    ],
    ['a partner reads their own events', who('partner', 'o1'), 'event.read', ownedBy('o1')],
    ['a coordinator reads every event', who('coordinator'), 'event.read', ALL],
    ['a partner submits their own events', who('partner', 'o1'), 'event.submit', ownedBy('o1')],
    ['a partner does not review events', who('partner', 'o1'), 'event.review', NONE],
    ['a coordinator reviews every event', who('coordinator'), 'event.review', ALL],
    ['a partner does not change an approved event', who('partner', 'o1'), 'event.update_approved', NONE],
    [
      'a partner certifies hours at their own events',
      who('partner', 'o1'),
      'event.certify_hours',
      ownedBy('o1'),
    ],
    ['a partner without an organisation reads no events', who('partner'), 'event.read', NONE],
    ['a volunteer reads no events', who('volunteer'), 'event.read', NONE],
    ['a coordinator reads every project', who('coordinator'), 'project.read', ALL],
    ["a partner reads their organisation's projects", who('partner', 'o1'), 'project.read', ownedBy('o1')],
    ['a partner plans no project', who('partner', 'o1'), 'project.create', NONE],
    ['a partner changes no project', who('partner', 'o1'), 'project.update', NONE],
    ['a partner deletes no project', who('partner', 'o1'), 'project.delete', NONE],
    ['a volunteer reads no project', who('volunteer'), 'project.read', NONE],
    ["a partner reads their organisation's inbox", who('partner', 'o1'), 'inbox.read', ownedBy('o1')],
    ["a partner acts on their organisation's inbox", who('partner', 'o1'), 'inbox.act', ownedBy('o1')],
    ['a partner without an organisation has no inbox', who('partner'), 'inbox.read', NONE],
    ['a coordinator reads every inbox', who('coordinator'), 'inbox.read', ALL],
    ['a coordinator does not act for a partner', who('coordinator'), 'inbox.act', NONE],
    ['a counsellor reads no inbox', who('counsellor'), 'inbox.read', NONE],
  ])('%s', async (_name, principal, action, expected) => {
    expect(await new PartnersAccess().scope(principal, action)).toEqual(expected);
  });

  it.each<[PartnersAction, Role[]]>([
    ['organisation.create', ['admin', 'coordinator']],
    ['organisation.read', ['admin', 'coordinator', 'partner']],
    ['organisation.update_contact', ['admin', 'coordinator', 'partner']],
    ['organisation.update', ['admin', 'coordinator']],
    ['event.read', ['admin', 'coordinator', 'partner']],
    ['event.review', ['admin', 'coordinator']],
    ['event.update_approved', ['admin', 'coordinator']],
    ['project.create', ['admin', 'coordinator']],
    ['project.read', ['admin', 'coordinator', 'partner']],
    ['project.update', ['admin', 'coordinator']],
    ['project.delete', ['admin', 'coordinator']],
    ['inbox.read', ['admin', 'coordinator', 'partner']],
    ['inbox.act', ['partner']],
  ])('%s admits %j', (action, roles) => {
    expect(PARTNERS_ROLES[action]).toEqual(roles);
  });

  it.each<[string, Principal, PartnersAction, string, boolean]>([
    ['a partner cancels their own event', who('partner', 'o1'), 'event.cancel', 'o1', true],
    ["a partner cancels no other organisation's event", who('partner', 'o1'), 'event.cancel', 'o2', false],
    ['a coordinator cancels any event', who('coordinator'), 'event.cancel', 'o2', true],
  ])('%s', async (_name, principal, action, ownerId, expected) => {
    expect(await new PartnersAccess().can(principal, action, { ownerId })).toBe(expected);
  });

  it.each<[Principal, PartnersAction, string | null]>([
    [who('partner', 'o1'), 'event.submit', 'partner'],
    [who('coordinator'), 'event.review', 'coordinator'],
    [who('admin'), 'event.review', 'admin'],
    [who('partner', 'o1'), 'event.review', null],
  ])('%j acts in %s as %s', (principal, action, role) => {
    expect(new PartnersAccess().actingRole(principal, action)).toBe(role);
  });
});
