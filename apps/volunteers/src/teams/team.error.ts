import { moduleError } from '@linkage/errors';

export const TeamErrorCode = {
  TEAM_NOT_FOUND: 'not_found',
  TEAM_NAME_TAKEN: 'conflict',
  TEAM_MEMBER_NOT_FOUND: 'not_found',
} as const;

export class TeamError extends moduleError(TeamErrorCode, {
  TEAM_NOT_FOUND: 'No team with id 0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f.',
  TEAM_NAME_TAKEN: {
    message: 'A team named "消防安全志愿服务队" already exists.',
    details: { name: '消防安全志愿服务队' },
  },
  TEAM_MEMBER_NOT_FOUND: 'Volunteer 0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e is not in this team.',
}) {}
