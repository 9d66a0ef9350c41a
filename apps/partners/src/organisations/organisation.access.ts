import {
  ALL,
  ownedBy,
  scopeFor,
  when,
  type AccessRules,
  type Principal,
  type RecordScope,
} from '@linkage/auth';
import { Injectable } from '@nestjs/common';

export type OrganisationAction = 'read' | 'update_contact' | 'update';

/**
 * Who may do what to organisations. Coordinators and admins: everything. A partner member: read their
 * own organisation and edit only its contact details. Anyone else: nothing (deny by default).
 */
export const ORGANISATION_RULES: AccessRules<OrganisationAction> = {
  read: [
    when('admin', () => ALL),
    when('coordinator', () => ALL),
    when('partner', (p) => ownedBy(p.organisationId)),
  ],
  update_contact: [
    when('admin', () => ALL),
    when('coordinator', () => ALL),
    when('partner', (p) => ownedBy(p.organisationId)),
  ],
  update: [when('admin', () => ALL), when('coordinator', () => ALL)],
};

@Injectable()
export class OrganisationAccess {
  scope(principal: Principal, action: OrganisationAction): RecordScope {
    return scopeFor(ORGANISATION_RULES, action, principal);
  }
}
