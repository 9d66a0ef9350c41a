import {
  NONE,
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

/** A member's role within their organisation (not a Linkage role: every member's account is a partner). */
export type OrganisationRole = 'manager' | 'staff';

/** What the member rules need beyond the token: the caller's own role in their organisation, looked up only for partners. */
export interface MemberFacts {
  callerRole(): Promise<OrganisationRole | null>;
}

export type MemberAction = keyof typeof MEMBER_RULES;

/** Their own organisation's records, when the caller is its manager (an active member with that role). */
export const managerOfOwn = when<MemberFacts>('partner', async (p, facts) =>
  (await facts.callerRole()) === 'manager' ? ownedBy(p.organisationId) : NONE,
);

/**
 * The rules for an organisation's members (owner: the organisation), part of the partners access
 * module beside PARTNERS_RULES: coordinators and admins list, invite, change and suspend every
 * organisation's members; a partner member only when they are their own organisation's manager (staff
 * get nothing: the organisation's member list is a 404 to them). Deny by default.
 */
export const MEMBER_RULES = {
  'member.read': [...STAFF, managerOfOwn],
  'member.manage': [...STAFF, managerOfOwn],
} satisfies AccessRules<string, MemberFacts>;

const rules: AccessRules<MemberAction, MemberFacts> = MEMBER_RULES;

export const MEMBER_ROLES = Object.fromEntries(
  Object.keys(rules).map((action) => [action, rolesFor(rules, action as MemberAction)]),
) as Record<MemberAction, Role[]>;

@Injectable()
export class MemberAccess {
  scope(principal: Principal, action: MemberAction, facts: MemberFacts): Promise<RecordScope> {
    return scopeFor(rules, action, principal, facts);
  }
}
