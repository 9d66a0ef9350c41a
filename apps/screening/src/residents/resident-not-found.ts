import { notFoundOrDenied, type AuditLog } from '@linkage/auth';
import { ResidentError } from './resident.error';
import type { ResidentRepository } from './resident.repository';

/** A resident's 404, the same whether it is missing or outside the scope; the second is audited as denied. */
export function residentNotFound(
  audit: AuditLog,
  residents: ResidentRepository,
  action: string,
  id: string,
): Promise<never> {
  return notFoundOrDenied(
    audit,
    { action, recordType: 'resident', recordId: id, existsOutsideScope: () => residents.exists(id) },
    new ResidentError('RESIDENT_NOT_FOUND', `No resident with id ${id}.`),
  );
}
