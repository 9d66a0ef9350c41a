import { moduleError } from '@linkage/errors';

export const SessionErrorCode = {
  SESSION_NOT_FOUND: 'not_found',
  SESSION_NOT_OPEN: 'conflict',
  SESSION_NOT_STARTED: 'conflict',
  NOT_A_MEMBER: 'unprocessable',
} as const;

export class SessionError extends moduleError(SessionErrorCode, {
  SESSION_NOT_FOUND: 'No session with id 0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e in this programme.',
  SESSION_NOT_OPEN: { message: 'The session is cancelled.', details: { status: 'cancelled' } },
  SESSION_NOT_STARTED: {
    message: 'The session starts at 2026-12-03T19:00:00+08:00: it can be marked held once it has begun.',
    details: { startsAt: '2026-12-03T11:00:00.000Z' },
  },
  NOT_A_MEMBER: {
    message: 'Attendance names people who are not active members of the programme; see details.',
    details: { enrolmentIds: ['0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e'] },
  },
}) {}
