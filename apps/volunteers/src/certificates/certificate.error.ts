import { moduleError } from '@linkage/errors';

export const CertificateErrorCode = {
  CERTIFICATE_NOT_FOUND: 'not_found',
  CERTIFICATE_VOLUNTEER_NOT_FOUND: 'not_found',
  NO_VERIFIED_HOURS: 'unprocessable',
} as const;

export class CertificateError extends moduleError(CertificateErrorCode, {
  CERTIFICATE_NOT_FOUND: 'No certificate numbered LK-2026-000123.',
  CERTIFICATE_VOLUNTEER_NOT_FOUND: 'No volunteer with id 0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e.',
  NO_VERIFIED_HOURS:
    'This volunteer has no verified hours yet: a certificate certifies verified service only.',
}) {}

export function volunteerNotFound(id: string): CertificateError {
  return new CertificateError('CERTIFICATE_VOLUNTEER_NOT_FOUND', `No volunteer with id ${id}.`);
}
