import {
  ownedBy,
  rolesFor,
  scopeFor,
  STAFF,
  when,
  type AccessRules,
  type Principal,
  type RecordScope,
  type Role,
} from '@linkage/auth';
import { Injectable } from '@nestjs/common';

export type PartnersAction = keyof typeof PARTNERS_RULES;

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
} satisfies AccessRules<string>;

const rules: AccessRules<PartnersAction> = PARTNERS_RULES;

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
  scope(principal: Principal, action: PartnersAction): Promise<RecordScope> {
    return scopeFor(rules, action, principal);
  }
}
