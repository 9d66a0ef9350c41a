import { moduleError } from '@linkage/errors';

export const VolunteerErrorCode = {
  VOLUNTEER_NOT_FOUND: 'not_found',
  VOLUNTEER_STUDENT_NUMBER_TAKEN: 'conflict',
  VOLUNTEER_NATIONAL_NUMBER_TAKEN: 'conflict',
  CERTIFICATION_NOT_FOUND: 'not_found',
} as const;

export class VolunteerError extends moduleError(VolunteerErrorCode, {
  VOLUNTEER_NOT_FOUND: 'No volunteer with id 0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e.',
  VOLUNTEER_STUDENT_NUMBER_TAKEN: {
    message: 'A volunteer with student number 2023011234 is already registered.',
    details: { studentNumber: '2023011234' },
  },
  VOLUNTEER_NATIONAL_NUMBER_TAKEN: {
    message: 'Another volunteer already has the national volunteer number 37060220230001234.',
    details: { nationalVolunteerNumber: '37060220230001234' },
  },
  CERTIFICATION_NOT_FOUND: 'No certification with id 0192b7e2-d2e3-7f4a-8b5c-6d7e8f9a0b1c on this profile.',
}) {}
