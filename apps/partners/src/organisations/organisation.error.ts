import { moduleError } from '@linkage/errors';

export const OrganisationErrorCode = {
  ORGANISATION_NOT_FOUND: 'not_found',
  ORGANISATION_NAME_TAKEN: 'conflict',
} as const;

export class OrganisationError extends moduleError(OrganisationErrorCode) {}
