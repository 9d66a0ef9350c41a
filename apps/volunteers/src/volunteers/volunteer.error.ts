import { moduleError } from '@linkage/errors';

export const VolunteerErrorCode = {
  VOLUNTEER_NOT_FOUND: 'not_found',
  VOLUNTEER_STUDENT_NUMBER_TAKEN: 'conflict',
  CERTIFICATION_NOT_FOUND: 'not_found',
} as const;

export class VolunteerError extends moduleError(VolunteerErrorCode) {}
