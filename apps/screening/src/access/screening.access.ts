import {
  rolesFor,
  scopeFor,
  STAFF,
  type AccessRules,
  type Principal,
  type RecordScope,
  type Role,
} from '@linkage/auth';
import { Injectable } from '@nestjs/common';

export type ScreeningAction = keyof typeof SCREENING_RULES;

/**
 * Every access rule of the screening service, per (resource, action): the first rule whose role the
 * caller has decides, and no rule means no records (deny by default). The endpoint's @Roles come from
 * the same table (`SCREENING_ROLES`). Residents, results and referrals are sensitive: their rules will
 * be narrower (record-level, with the columns their repositories name) and belong here too.
 */
export const SCREENING_RULES = {
  // Campaigns: coordinators and admins plan and see them.
  'campaign.create': [...STAFF],
  'campaign.read': [...STAFF],
} satisfies AccessRules<string>;

const rules: AccessRules<ScreeningAction> = SCREENING_RULES;

/** The roles each action's endpoints admit (@Roles): those some rule of the action is written for. */
export const SCREENING_ROLES = Object.fromEntries(
  Object.keys(rules).map((action) => [action, rolesFor(rules, action as ScreeningAction)]),
) as Record<ScreeningAction, Role[]>;

/**
 * The one place the screening service decides access: "may this principal do this action to these
 * records". Services ask it for a scope and hand that to a repository, which filters by it.
 */
@Injectable()
export class ScreeningAccess {
  scope(principal: Principal, action: ScreeningAction): Promise<RecordScope> {
    return scopeFor(rules, action, principal);
  }
}
