import { moduleError } from '@linkage/errors';

export const ProgrammeErrorCode = {
  PROGRAMME_NOT_FOUND: 'not_found',
  FACILITATOR_REQUIRED: 'unprocessable',
} as const;

export class ProgrammeError extends moduleError(ProgrammeErrorCode, {
  PROGRAMME_NOT_FOUND: 'No programme with id 0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e.',
  FACILITATOR_REQUIRED: 'A programme needs at least one counsellor among its facilitators.',
}) {}
