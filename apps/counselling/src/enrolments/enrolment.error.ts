import { moduleError } from '@linkage/errors';

export const EnrolmentErrorCode = {
  ENROLMENT_NOT_FOUND: 'not_found',
  APPLICATION_NOT_ACCEPTED: 'conflict',
  ALREADY_ENROLLED: 'conflict',
  PROGRAMME_FULL: 'conflict',
  ENROLMENT_WITHDRAWN: 'conflict',
  CONSENT_REQUIRED: 'unprocessable',
} as const;

export class EnrolmentError extends moduleError(EnrolmentErrorCode, {
  ENROLMENT_NOT_FOUND: 'No member with enrolment id 0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e in this programme.',
  APPLICATION_NOT_ACCEPTED: {
    message: 'Only an accepted application can be enrolled; this one is waitlisted.',
    details: { status: 'waitlisted' },
  },
  ALREADY_ENROLLED: 'The applicant is already a member of this programme.',
  PROGRAMME_FULL: { message: 'The programme is full (12 of 12).', details: { capacity: 12, enrolled: 12 } },
  ENROLMENT_WITHDRAWN: 'The member has withdrawn from the programme.',
  CONSENT_REQUIRED:
    'Record the applicant’s consent to take part and to data processing before enrolling them.',
}) {}
