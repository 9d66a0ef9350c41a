import { moduleError } from '@linkage/errors';

export const SignupErrorCode = {
  SIGNUP_NOT_FOUND: 'not_found',
  SIGNUP_FORBIDDEN: 'forbidden',
  SIGNUP_VOLUNTEER_REQUIRED: 'bad_request',
  SIGNUP_VOLUNTEER_UNKNOWN: 'unprocessable',
  SHIFT_NOT_OPEN: 'unprocessable',
  SHIFT_OVER: 'unprocessable',
  SIGNUP_WINDOW_CLOSED: 'unprocessable',
  SIGNUP_REQUIREMENTS_MISSING: 'unprocessable',
  SHIFT_OVERLAP: 'conflict',
  CANCELLATION_CUTOFF_PASSED: 'unprocessable',
  SIGNUP_NOT_PENDING: 'conflict',
  SIGNUP_NO_OFFER: 'unprocessable',
  OFFER_EXPIRED: 'unprocessable',
} as const;

export class SignupError extends moduleError(SignupErrorCode) {}
