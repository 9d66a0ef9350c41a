import {
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
import { Injectable } from '@nestjs/common';
import { managerOfOwn, type MemberFacts } from './member.access';

export type PartnersAction = keyof typeof PARTNERS_RULES;

/**
 * The facts a rule may need beyond the token: the caller's role within their organisation (manager or
 * staff), looked up only when a rule asks. Without them (`NO_FACTS`) a partner has no organisation role,
 * so the manager-only rules give them nothing.
 */
export type PartnersFacts = MemberFacts;
export const NO_FACTS: PartnersFacts = { callerRole: () => Promise.resolve(null) };

/**
 * Every access rule of the partners service, per (resource, action): the first rule whose role the
 * caller has decides, and no rule means no records (deny by default). The endpoint's @Roles come from
 * the same table (`PARTNERS_ROLES`).
 */
export const PARTNERS_RULES = {
  // Organisations (owner: the organisation itself). Coordinators and admins: everything. A partner
  // member: read their own organisation and edit only its contact details. Anyone else: nothing.
  'organisation.create': [...STAFF],
  'organisation.read': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  'organisation.update_contact': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  'organisation.update': [...STAFF],
  // Joint projects (owner: each partner organisation of the project). Coordinators and admins plan and
  // change them; a partner member reads the projects their organisation is a partner of.
  'project.create': [...STAFF],
  'project.read': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  'project.update': [...STAFF],
  'project.delete': [...STAFF],
  // Partner inbox (owner: the organisation the item is addressed to). Its members read it, accept items
  // and record outcomes; coordinators and admins read every organisation's items to follow them up.
  'inbox.read': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  'inbox.act': [when('partner', (p) => ownedBy(p.organisationId))],
  // Event registrations (owner: the organisation that registers the event). A partner member drafts,
  // edits (while a draft or sent back), submits, cancels, completes and certifies hours of their own
  // organisation's events; coordinators and admins see and do all of it and alone review (request
  // changes, approve, reject). An approved event is changed by a coordinator or admin, or by its
  // organisation's manager (staff may not: 409 EVENT_NOT_EDITABLE). Another organisation's event is a
  // 404. Who is coming to an event's shifts: coordinators and admins see the volunteers' full names and
  // ids (event.read_volunteers); a partner member, reading their own event, only first names.
  'event.create': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  'event.read': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  'event.update': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  'event.update_approved': [...STAFF, managerOfOwn],
  'event.submit': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  'event.review': [...STAFF],
  'event.cancel': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  'event.complete': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  'event.certify_hours': [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  'event.read_volunteers': [...STAFF],
} satisfies AccessRules<string, PartnersFacts>;

const rules: AccessRules<PartnersAction, PartnersFacts> = PARTNERS_RULES;

/** The roles each action's endpoints admit (@Roles): those some rule of the action is written for. */
export const PARTNERS_ROLES = Object.fromEntries(
  Object.keys(rules).map((action) => [action, rolesFor(rules, action as PartnersAction)]),
) as Record<PartnersAction, Role[]>;

/**
 * The one place the partners service decides access: "may this principal do this action to these
 * records". Services ask it for a scope and hand that to a repository, which filters by it.
 */
@Injectable()
export class PartnersAccess {
  /** `facts` only for the actions whose rules ask for the caller's organisation role (event.update_approved). */
  scope(principal: Principal, action: PartnersAction, facts: PartnersFacts = NO_FACTS): Promise<RecordScope> {
    return scopeFor(rules, action, principal, facts);
  }

  /** Whether the caller may do the action to this record (owned by an organisation). */
  async can(
    principal: Principal,
    action: PartnersAction,
    record: ScopedRecord,
    facts: PartnersFacts = NO_FACTS,
  ): Promise<boolean> {
    return scopeAllows(await this.scope(principal, action, facts), record);
  }

  /** The role the caller acts in for the action (the first of the action's roles they hold), for records of who did what. */
  actingRole(principal: Principal, action: PartnersAction): Role | null {
    return rolesFor(rules, action).find((role) => principal.roles.includes(role)) ?? null;
  }
}
