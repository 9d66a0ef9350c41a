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
  SHIFT_FULL: 'conflict',
  CANCELLATION_CUTOFF_PASSED: 'unprocessable',
  SIGNUP_NOT_PENDING: 'conflict',
  SIGNUP_NO_OFFER: 'unprocessable',
  OFFER_EXPIRED: 'unprocessable',
} as const;

export class SignupError extends moduleError(SignupErrorCode, {
  SIGNUP_NOT_FOUND: 'No such sign-up on this shift.',
  SIGNUP_FORBIDDEN: 'Only coordinators sign other volunteers up.',
  SIGNUP_VOLUNTEER_REQUIRED: 'Say whom to sign up (volunteerId).',
  SIGNUP_VOLUNTEER_UNKNOWN: 'No volunteer with id 0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e.',
  SHIFT_NOT_OPEN: { message: 'This shift is closed and takes no sign-ups.', details: { status: 'closed' } },
  SHIFT_OVER: {
    message: 'This shift ended at 2026-10-17 12:00 and takes no more sign-ups.',
    details: { endsAt: '2026-10-17T04:00:00.000Z', status: 'completed' },
  },
  SIGNUP_WINDOW_CLOSED: {
    message: 'Sign-ups closed at 2026-10-16T10:00:00.000Z.',
    details: { opensAt: '2026-10-01T00:00:00.000Z', closesAt: '2026-10-16T10:00:00.000Z' },
  },
  SIGNUP_REQUIREMENTS_MISSING: {
    message: 'This shift needs: 急救, 消防安全.',
    details: { skills: ['急救'], certifications: ['消防安全'], team: null },
  },
  SHIFT_FULL: {
    message: 'All 8 places on this shift are taken: a walk-in needs a free place (raise the capacity first).',
    details: { capacity: 8, seatsTaken: 8 },
  },
  SHIFT_OVERLAP: {
    message: 'This overlaps a shift already confirmed: 社区消防安全宣传.',
    details: {
      shifts: [
        {
          id: '0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a',
          title: '社区消防安全宣传',
          startsAt: '2026-10-17T01:00:00.000Z',
          endsAt: '2026-10-17T04:00:00.000Z',
        },
      ],
    },
  },
  CANCELLATION_CUTOFF_PASSED: {
    message: 'Confirmed places can be cancelled until 24 hours before the start; ask a coordinator.',
    details: { deadline: '2026-10-16T01:00:00.000Z', cancellationCutoffHours: 24 },
  },
  SIGNUP_NOT_PENDING: 'Only a pending sign-up can be approved; this one is confirmed.',
  SIGNUP_NO_OFFER: {
    message: 'There is no seat on offer to claim: the sign-up is waitlisted.',
    details: { status: 'waitlisted' },
  },
  OFFER_EXPIRED: 'The offer ran out before it was claimed; the seat went to the next in line.',
}) {}
