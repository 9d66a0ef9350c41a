import { moduleError } from '@linkage/errors';

export const ProgrammeErrorCode = {
  PROGRAMME_NOT_FOUND: 'not_found',
} as const;

export class ProgrammeError extends moduleError(ProgrammeErrorCode) {}
