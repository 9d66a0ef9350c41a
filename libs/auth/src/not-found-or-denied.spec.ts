import { AppError } from '@linkage/errors';
import type { AuditLog } from './audit/audit-log';
import { notFoundOrDenied } from './not-found-or-denied';

describe('notFoundOrDenied', () => {
  const notFound = new AppError('not_found', 'SHIFT_NOT_FOUND', 'No shift with id s1.');

  it.each([
    ['a record that exists outside the scope', true, 1],
    ['a record that is not there', false, 0],
    ['looked up lazily: exists', () => Promise.resolve(true), 1],
    ['looked up lazily: not there', () => Promise.resolve(false), 0],
  ] as const)(
    '%s: throws the 404, audits the attempt %s time(s)',
    async (_name, existsOutsideScope, audits) => {
      const record = jest.fn(async () => Promise.resolve());
      const audit = { record } as unknown as AuditLog;
      await expect(
        notFoundOrDenied(
          audit,
          { action: 'shift.read', recordType: 'shift', recordId: 's1', existsOutsideScope },
          notFound,
        ),
      ).rejects.toBe(notFound);
      expect(record).toHaveBeenCalledTimes(audits);
      if (audits) {
        expect(record).toHaveBeenCalledWith({
          action: 'shift.read',
          recordType: 'shift',
          recordId: 's1',
          outcome: 'denied',
        });
      }
    },
  );
});
