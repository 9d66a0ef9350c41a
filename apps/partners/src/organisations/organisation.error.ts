import { moduleError } from '@linkage/errors';

export const OrganisationErrorCode = {
  ORGANISATION_NOT_FOUND: 'not_found',
  ORGANISATION_NAME_TAKEN: 'conflict',
} as const;

export class OrganisationError extends moduleError(OrganisationErrorCode, {
  ORGANISATION_NOT_FOUND: 'No organisation with id 0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c.',
  ORGANISATION_NAME_TAKEN: {
    message: 'An organisation named "滨海路社区居委会" already exists.',
    details: { name: '滨海路社区居委会' },
  },
}) {}
