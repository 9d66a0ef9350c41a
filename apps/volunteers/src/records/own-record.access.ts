import {
  ownedBy,
  STAFF,
  scopeFor,
  when,
  type AccessRules,
  type Principal,
  type RecordScope,
} from '@linkage/auth';

export type OwnRecordAction = 'read' | 'request_certificate' | 'administer';

/**
 * A volunteer's service records (hours, points, certificates): coordinators and admins all of them; a
 * volunteer their own (a leader sees their team's hours through the shift, see HoursAccess); nobody
 * else any. Issuing and revoking certificates, manual awards and exports: coordinators and admins.
 */
export const OWN_RECORD_RULES: AccessRules<OwnRecordAction> = {
  read: [...STAFF, when('volunteer', (p) => ownedBy(p.volunteerId))],
  request_certificate: [...STAFF, when('volunteer', (p) => ownedBy(p.volunteerId))],
  administer: [...STAFF],
};

export function ownRecordScope(principal: Principal, action: OwnRecordAction): RecordScope {
  return scopeFor(OWN_RECORD_RULES, action, principal);
}
