import {
  ALL,
  rolesFor,
  scopeFor,
  when,
  type AccessRules,
  type Principal,
  type RecordScope,
  type Role,
} from '@linkage/auth';
import { Injectable } from '@nestjs/common';

export type CounsellingAction = keyof typeof COUNSELLING_RULES;

/**
 * Every access rule of the counselling service, per (resource, action): the first rule whose role the
 * caller has decides, and no rule means no records (deny by default). The endpoint's @Roles come from
 * the same table (`COUNSELLING_ROLES`). Members' records (intake, notes) will be narrower still, with
 * record-level rules (and the columns their repositories name) here.
 */
export const COUNSELLING_RULES = {
  // Programmes: counsellors run them; coordinators may see them to plan around them.
  'programme.create': [when('admin', () => ALL), when('counsellor', () => ALL)],
  'programme.read': [when('admin', () => ALL), when('counsellor', () => ALL), when('coordinator', () => ALL)],
} satisfies AccessRules<string>;

const rules: AccessRules<CounsellingAction> = COUNSELLING_RULES;

/** The roles each action's endpoints admit (@Roles): those some rule of the action is written for. */
export const COUNSELLING_ROLES = Object.fromEntries(
  Object.keys(rules).map((action) => [action, rolesFor(rules, action as CounsellingAction)]),
) as Record<CounsellingAction, Role[]>;

/**
 * The one place the counselling service decides access: "may this principal do this action to these
 * records". Services ask it for a scope and hand that to a repository, which filters by it.
 */
@Injectable()
export class CounsellingAccess {
  scope(principal: Principal, action: CounsellingAction): Promise<RecordScope> {
    return scopeFor(rules, action, principal);
  }
}
