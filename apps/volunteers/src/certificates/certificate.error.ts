import { moduleError } from '@linkage/errors';

export const CertificateErrorCode = {
  CERTIFICATE_NOT_FOUND: 'not_found',
  CERTIFICATE_VOLUNTEER_NOT_FOUND: 'not_found',
  NO_VERIFIED_HOURS: 'unprocessable',
} as const;

export class CertificateError extends moduleError(CertificateErrorCode) {}
