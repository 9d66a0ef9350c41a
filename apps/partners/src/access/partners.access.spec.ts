import { ALL, NONE, ownedBy, type Principal, type RecordScope, type Role } from '@linkage/auth';
import type { OrganisationRole } from './member.access';
import { PARTNERS_ROLES, PartnersAccess, type PartnersAction, type PartnersFacts } from './partners.access';

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
    [
      'a partner whose organisation role is unknown does not change an approved event',
      who('partner', 'o1'),
      'event.update_approved',
      NONE,
    ],
    ['a coordinator changes every approved event', who('coordinator'), 'event.update_approved', ALL],
    ['a coordinator sees who is coming in full', who('coordinator'), 'event.read_volunteers', ALL],
    ['an admin sees who is coming in full', who('admin'), 'event.read_volunteers', ALL],
    ['a partner sees no volunteer in full', who('partner', 'o1'), 'event.read_volunteers', NONE],
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
    ['event.update_approved', ['admin', 'coordinator', 'partner']],
    ['event.read_volunteers', ['admin', 'coordinator']],
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

  describe('changing an approved event, by the caller’s role within their organisation', () => {
    const facts = (role: OrganisationRole | null) => {
      const asked = { times: 0 };
      const f: PartnersFacts = {
        callerRole: () => {
          asked.times += 1;
          return Promise.resolve(role);
        },
      };
      return { f, asked };
    };

    it.each<[string, Principal, OrganisationRole | null, RecordScope]>([
      ["the organisation's manager: its own events", who('partner', 'o1'), 'manager', ownedBy('o1')],
      ["the organisation's staff: none", who('partner', 'o1'), 'staff', NONE],
      ['a partner who is no active member (invited, suspended): none', who('partner', 'o1'), null, NONE],
      ['a manager without an organisation in the token: none', who('partner'), 'manager', NONE],
    ])('%s', async (_name, principal, role, expected) => {
      expect(await new PartnersAccess().scope(principal, 'event.update_approved', facts(role).f)).toEqual(
        expected,
      );
    });

    it.each<[string, string, boolean]>([
      ['their own event', 'o1', true],
      ["another organisation's event", 'o2', false],
    ])('a manager may change %s: %s', async (_name, ownerId, expected) => {
      expect(
        await new PartnersAccess().can(
          who('partner', 'o1'),
          'event.update_approved',
          { ownerId },
          facts('manager').f,
        ),
      ).toBe(expected);
    });

    it('asks no organisation role of coordinators and admins', async () => {
      const { f, asked } = facts('staff');
      expect(await new PartnersAccess().scope(who('coordinator'), 'event.update_approved', f)).toEqual(ALL);
      expect(await new PartnersAccess().scope(who('admin'), 'event.update_approved', f)).toEqual(ALL);
      expect(asked.times).toBe(0);
    });

    it('acts as a partner in the event’s history', () => {
      expect(new PartnersAccess().actingRole(who('partner', 'o1'), 'event.update_approved')).toBe('partner');
    });
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
