import { moduleError } from '@linkage/errors';

export const PointsErrorCode = {
  POINTS_RULES_INVALID: 'unprocessable',
  MANUAL_AWARD_INVALID: 'unprocessable',
  POINTS_VOLUNTEER_NOT_FOUND: 'not_found',
  POINTS_TEAM_NOT_FOUND: 'not_found',
} as const;

export class PointsError extends moduleError(PointsErrorCode, {
  POINTS_RULES_INVALID: 'The points rule "led_shift" is given twice.',
  MANUAL_AWARD_INVALID: 'A manual award must be a whole number of points other than 0; got 0.',
  POINTS_VOLUNTEER_NOT_FOUND: 'No volunteer with id 0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e.',
  POINTS_TEAM_NOT_FOUND: 'No team with id 0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f.',
}) {}
