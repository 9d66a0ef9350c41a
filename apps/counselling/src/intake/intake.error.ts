import { moduleError } from '@linkage/errors';

export const IntakeErrorCode = {
  INTAKE_NOT_FOUND: 'not_found',
  APPLICATION_NOT_FOUND: 'not_found',
  INTAKE_CLOSED: 'conflict',
  ALREADY_APPLIED: 'conflict',
  APPLICATION_DECIDED: 'conflict',
  SURVEY_INVALID: 'bad_request',
  REASON_REQUIRED: 'bad_request',
} as const;

export class IntakeError extends moduleError(IntakeErrorCode, {
  INTAKE_NOT_FOUND: 'This programme has no published intake survey.',
  APPLICATION_NOT_FOUND: 'No application with id 0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e.',
  INTAKE_CLOSED: 'The programme is not taking applications.',
  ALREADY_APPLIED: 'You have already applied to this programme.',
  APPLICATION_DECIDED: {
    message: 'The application is enrolled and can no longer be decided.',
    details: { status: 'enrolled' },
  },
  SURVEY_INVALID: {
    message: 'The survey or the answers have problems; see details.',
    details: [
      { field: 'answers.ftnd_cigarettes_per_day', messages: ['ftnd_cigarettes_per_day must be a number'] },
    ],
  },
  REASON_REQUIRED: {
    message: 'Referring an applicant elsewhere needs a reason.',
    details: [{ field: 'reason', messages: ['reason is required when referring'] }],
  },
}) {}
