import { moduleError } from '@linkage/errors';

export const PointsErrorCode = {
  POINTS_RULES_INVALID: 'unprocessable',
  MANUAL_AWARD_INVALID: 'unprocessable',
} as const;

export class PointsError extends moduleError(PointsErrorCode) {}
