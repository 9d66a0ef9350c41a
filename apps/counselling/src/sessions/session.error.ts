import { moduleError } from '@linkage/errors';

export const SessionErrorCode = {
  SESSION_NOT_FOUND: 'not_found',
  SESSION_NOT_OPEN: 'conflict',
  NOT_A_MEMBER: 'unprocessable',
} as const;

export class SessionError extends moduleError(SessionErrorCode, {
  SESSION_NOT_FOUND: 'No session with id 0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e in this programme.',
  SESSION_NOT_OPEN: { message: 'The session is cancelled.', details: { status: 'cancelled' } },
  NOT_A_MEMBER: {
    message: 'Attendance names people who are not active members of the programme; see details.',
    details: { enrolmentIds: ['0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e'] },
  },
}) {}
