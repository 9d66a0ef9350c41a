import type { AppError } from '@linkage/errors';
import type { AuditLog } from './audit/audit-log';

export interface Denial {
  /** The audit action of the attempt, e.g. `shift.read`, `certificate.download`. */
  action: string;
  recordType: string;
  recordId: string;
  /**
   * Whether the record exists though the caller's scope left it out: a missing record and one that is
   * not the caller's answer alike, but only the second is an attempt worth recording. A function is
   * called only here, so the lookup costs nothing on the paths that do not need it.
   */
  existsOutsideScope: boolean | (() => Promise<boolean>);
}

/**
 * "Not found or no access": writes the denied audit entry when the record exists outside the caller's
 * scope, then throws the module's NOT_FOUND error, the same 404 body as for a record that is not there,
 * so existence does not leak.
 */
export async function notFoundOrDenied(audit: AuditLog, denial: Denial, notFound: AppError): Promise<never> {
  const exists =
    typeof denial.existsOutsideScope === 'function'
      ? await denial.existsOutsideScope()
      : denial.existsOutsideScope;
  if (exists) {
    await audit.record({
      action: denial.action,
      recordType: denial.recordType,
      recordId: denial.recordId,
      outcome: 'denied',
    });
  }
  throw notFound;
}
