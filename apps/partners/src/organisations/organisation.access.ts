import {
  ownedBy,
  scopeFor,
  STAFF,
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
  read: [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  update_contact: [...STAFF, when('partner', (p) => ownedBy(p.organisationId))],
  update: [...STAFF],
};

@Injectable()
export class OrganisationAccess {
  scope(principal: Principal, action: OrganisationAction): RecordScope {
    return scopeFor(ORGANISATION_RULES, action, principal);
  }
}
