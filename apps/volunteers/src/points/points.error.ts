import { moduleError } from '@linkage/errors';

export const PointsErrorCode = {
  POINTS_RULES_INVALID: 'unprocessable',
  MANUAL_AWARD_INVALID: 'unprocessable',
  POINTS_VOLUNTEER_NOT_FOUND: 'not_found',
  POINTS_TEAM_NOT_FOUND: 'not_found',
} as const;

export class PointsError extends moduleError(PointsErrorCode) {}
