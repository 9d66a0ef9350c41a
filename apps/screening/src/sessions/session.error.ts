import { moduleError } from '@linkage/errors';

export const SessionErrorCode = {
  SESSION_NOT_FOUND: 'not_found',
  SESSION_COMMUNITY_NOT_IN_CAMPAIGN: 'unprocessable',
  SESSION_TIMES_INVALID: 'unprocessable',
  SESSION_ROLES_INVALID: 'bad_request',
  SESSION_CAMPAIGN_CLOSED: 'conflict',
  SESSION_NOT_SCHEDULED: 'conflict',
  SESSION_NOT_STARTED: 'conflict',
} as const;

export class SessionError extends moduleError(SessionErrorCode, {
  SESSION_NOT_FOUND: 'No screening session with id 0193c4d5-5e6f-7a8b-9c0d-1e2f3a4b5c6d.',
  SESSION_COMMUNITY_NOT_IN_CAMPAIGN: {
    message: '金山社区 is not one of the campaign’s communities.',
    details: { communities: ['滨海路社区', '黄海路社区'] },
  },
  SESSION_TIMES_INVALID: {
    message: 'A session lasts at most 12 hours.',
    details: [{ field: 'endsAt', messages: ['endsAt is more than 12 hours after startsAt'] }],
  },
  SESSION_ROLES_INVALID: {
    message: 'Each role of a session needs its own key.',
    details: [{ field: 'roles', messages: ['the key screener is used twice'] }],
  },
  SESSION_CAMPAIGN_CLOSED: 'The campaign is completed: it takes no new sessions.',
  SESSION_NOT_SCHEDULED: {
    message: 'The session is cancelled: it can no longer be changed, cancelled or completed.',
    details: { status: 'cancelled' },
  },
  SESSION_NOT_STARTED: 'The session starts at 2026-10-09T01:00:00.000Z: it cannot be completed before.',
}) {}
