import type { Principal } from '@linkage/auth';
import { newId } from '@linkage/database';
import { RequestValidationError, type FieldError } from '@linkage/errors';
import type { ResidentConsentInput } from './resident.dto';
import { isInTheFuture } from './device-time';
import { ResidentConsent } from './resident.entity';

/** A consent cannot have been taken in the future (beyond a device's clock drift). */
export function checkConsentTimes(consents: readonly ResidentConsentInput[], field: string | null): void {
  const errors: FieldError[] = consents.flatMap((c, i) =>
    c.takenAt && isInTheFuture(new Date(c.takenAt))
      ? [
          {
            field: field === null ? 'takenAt' : `${field}.${i}.takenAt`,
            messages: ['takenAt is in the future'],
          },
        ]
      : [],
  );
  if (errors.length > 0) throw new RequestValidationError(errors);
}

export function consentRow(
  residentId: string,
  c: ResidentConsentInput,
  principal: Principal,
  now: Date,
): ResidentConsent {
  return Object.assign(new ResidentConsent(), {
    id: newId(),
    residentId,
    kind: c.kind,
    granted: c.granted,
    textVersion: c.textVersion,
    takenBy: principal.accountId,
    takenAt: c.takenAt ? new Date(c.takenAt) : now,
    recordedAt: now,
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawalReason: null,
  });
}
