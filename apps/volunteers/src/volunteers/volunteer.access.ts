import {
  ownedBy,
  STAFF,
  scopeFor,
  when,
  type AccessRules,
  type Principal,
  type RecordScope,
} from '@linkage/auth';
import { Injectable } from '@nestjs/common';

export type VolunteerAction = 'read' | 'update' | 'certify' | 'consent';

/**
 * Coordinators and admins see and edit every profile; a volunteer only their own; nobody else any
 * (deny by default). Certifications are recorded by coordinators only, who have seen the certificate:
 * shifts that need one trust them, so a volunteer cannot add their own. Consent is the volunteer's own
 * act, or a coordinator recording a signed paper form. Team leaders see their members through
 * /api/teams/{id}/members, not here.
 */
export const VOLUNTEER_RULES: AccessRules<VolunteerAction> = {
  read: [...STAFF, when('volunteer', (p) => ownedBy(p.volunteerId))],
  update: [...STAFF, when('volunteer', (p) => ownedBy(p.volunteerId))],
  certify: [...STAFF],
  consent: [...STAFF, when('volunteer', (p) => ownedBy(p.volunteerId))],
};

@Injectable()
export class VolunteerAccess {
  scope(principal: Principal, action: VolunteerAction): RecordScope {
    return scopeFor(VOLUNTEER_RULES, action, principal);
  }
}
