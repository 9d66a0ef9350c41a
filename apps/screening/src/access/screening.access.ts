import {
  NONE,
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

export type ScreeningAction = keyof typeof SCREENING_RULES;

/**
 * The screeners' rule, until sessions exist: none. Volunteers are admitted to the residents' endpoints
 * (they will be the screeners), but see and enter nothing. With sessions this becomes "the residents of
 * the session the volunteer is assigned to as a trained screener, while it runs": a scope on a column
 * the residents' and results' repositories name, with its facts (assignments) looked up lazily. Only
 * this line changes, and the cases in screening.access.spec.ts.
 */
const screenerOfSession = when('volunteer', () => NONE);

/**
 * Every access rule of the screening service, per (resource, action): the first rule whose role the
 * caller has decides, and no rule means no records (deny by default). The endpoint's @Roles come from
 * the same table (`SCREENING_ROLES`). Residents' data is sensitive personal information: partners and
 * counsellors have no rule for it at all (403), and every read and write of it is audited.
 */
export const SCREENING_RULES = {
  // Campaigns: coordinators and admins plan and see them.
  'campaign.create': [...STAFF],
  'campaign.read': [...STAFF],
  // Residents of campaigns: coordinators and admins register and see all of them (the scope of
  // `resident.create` is the campaigns one may register residents in).
  'resident.create': [...STAFF, screenerOfSession],
  'resident.read': [...STAFF, screenerOfSession],
  // Changing what is on record of a resident (education, for stage 2).
  'resident.update': [...STAFF, screenerOfSession],
  // Recording and withdrawing consent.
  'resident.consent': [...STAFF, screenerOfSession],
  // Screening results: entered and read for the residents above.
  'result.create': [...STAFF, screenerOfSession],
  'result.read': [...STAFF, screenerOfSession],
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
