import { moduleError } from '@linkage/errors';

export const OutcomeErrorCode = {
  MEASURE_INVALID: 'bad_request',
  SURVEY_NOT_SCORED: 'unprocessable',
} as const;

export class OutcomeError extends moduleError(OutcomeErrorCode, {
  MEASURE_INVALID: {
    message: 'Some answers do not fit the survey; see details.',
    details: [{ field: 'answers.ftnd_when_ill', messages: ['ftnd_when_ill is required'] }],
  },
  SURVEY_NOT_SCORED: 'This survey has no scored question, so it cannot be an outcome measure.',
}) {}
