import { moduleError } from '@linkage/errors';

export const TeamErrorCode = {
  TEAM_NOT_FOUND: 'not_found',
  TEAM_NAME_TAKEN: 'conflict',
  TEAM_MEMBER_NOT_FOUND: 'not_found',
} as const;

export class TeamError extends moduleError(TeamErrorCode) {}
