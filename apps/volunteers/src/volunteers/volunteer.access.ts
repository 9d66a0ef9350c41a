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

export type VolunteerAction = 'read' | 'update';

/**
 * Coordinators and admins see and edit every profile; a volunteer only their own; nobody else any
 * (deny by default). Team leaders' rights over their team come with teams.
 */
export const VOLUNTEER_RULES: AccessRules<VolunteerAction> = {
  read: [
    when('admin', () => ALL),
    when('coordinator', () => ALL),
    when('volunteer', (p) => ownedBy(p.volunteerId)),
  ],
  update: [
    when('admin', () => ALL),
    when('coordinator', () => ALL),
    when('volunteer', (p) => ownedBy(p.volunteerId)),
  ],
};

@Injectable()
export class VolunteerAccess {
  scope(principal: Principal, action: VolunteerAction): RecordScope {
    return scopeFor(VOLUNTEER_RULES, action, principal);
  }
}
