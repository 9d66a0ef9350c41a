import { notFoundOrDenied, type AuditLog } from '@linkage/auth';
import { SessionError } from './session.error';
import type { SessionRepository } from './session.repository';

/** A session's 404, the same whether it is missing or outside the scope; the second is audited as denied. */
export function sessionNotFound(
  audit: AuditLog,
  sessions: SessionRepository,
  action: string,
  id: string,
): Promise<never> {
  return notFoundOrDenied(
    audit,
    { action, recordType: 'screening_session', recordId: id, existsOutsideScope: () => sessions.exists(id) },
    new SessionError('SESSION_NOT_FOUND', `No screening session with id ${id}.`),
  );
}
