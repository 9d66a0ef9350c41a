import { moduleError } from '@linkage/errors';

export const ProjectErrorCode = {
  PROJECT_NOT_FOUND: 'not_found',
  PROJECT_PARTNERS_INVALID: 'bad_request',
  PROJECT_DATES_INVALID: 'bad_request',
  PROJECT_ORGANISATION_UNKNOWN: 'unprocessable',
  PROJECT_ORGANISATION_SUSPENDED: 'conflict',
  PROJECT_STATUS_CHANGE_INVALID: 'conflict',
  PROJECT_NOT_DELETABLE: 'conflict',
} as const;

export class ProjectError extends moduleError(ProjectErrorCode, {
  PROJECT_NOT_FOUND: 'No project with id 0193a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b.',
  PROJECT_PARTNERS_INVALID: {
    message: 'The list of partners is not valid.',
    details: [{ field: 'partners', messages: ['partners must have exactly one lead (has 2)'] }],
  },
  PROJECT_DATES_INVALID: {
    message: 'The project ends before it starts.',
    details: [{ field: 'endsOn', messages: ['endsOn (2026-08-31) is before startsOn (2026-09-01)'] }],
  },
  PROJECT_ORGANISATION_UNKNOWN: {
    message: 'No organisation with id 0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c.',
    details: { missing: ['0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c'] },
  },
  PROJECT_ORGANISATION_SUSPENDED: {
    message: 'A suspended organisation cannot join a project: 金山社区居委会.',
    details: { suspended: ['0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c'] },
  },
  PROJECT_STATUS_CHANGE_INVALID: {
    message: 'A completed project cannot become active.',
    details: { from: 'completed', to: 'active' },
  },
  PROJECT_NOT_DELETABLE: 'Only a planned project with no events can be deleted; cancel it instead.',
}) {}
