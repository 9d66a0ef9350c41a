import { moduleError } from '@linkage/errors';

export const EventRegistrationErrorCode = {
  EVENT_NOT_FOUND: 'not_found',
  EVENT_SCHEDULE_INVALID: 'bad_request',
  EVENT_ROLES_INVALID: 'bad_request',
  EVENT_ORGANISATION_UNKNOWN: 'unprocessable',
  EVENT_ORGANISATION_SUSPENDED: 'conflict',
  EVENT_PROJECT_UNKNOWN: 'unprocessable',
  EVENT_TRANSITION_NOT_ALLOWED: 'conflict',
  EVENT_NOT_EDITABLE: 'conflict',
  EVENT_VERSION_CONFLICT: 'conflict',
} as const;

export class EventRegistrationError extends moduleError(EventRegistrationErrorCode, {
  EVENT_NOT_FOUND: 'No event with id 0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c.',
  EVENT_SCHEDULE_INVALID: {
    message: "The event's schedule does not fit together; see details.",
    details: [
      {
        field: 'schedule.recurrence.until',
        messages: ['the recurrence expands to more than 60 occurrences; choose an earlier until'],
      },
    ],
  },
  EVENT_ROLES_INVALID: {
    message: 'Each role needs its own key; see details.',
    details: [{ field: 'roles.1.key', messages: ['key "guide" is used by another role'] }],
  },
  EVENT_ORGANISATION_UNKNOWN: {
    message: 'No organisation with id 0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f to register the event for.',
    details: { organisationId: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f' },
  },
  EVENT_ORGANISATION_SUSPENDED: {
    message: 'The organisation is suspended and takes no new events.',
    details: { organisationId: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f' },
  },
  EVENT_PROJECT_UNKNOWN: {
    message: 'The organisation takes no part in project 0192b7e2-9a8b-7c6d-8e5f-4a3b2c1d0e9f.',
    details: { projectId: '0192b7e2-9a8b-7c6d-8e5f-4a3b2c1d0e9f' },
  },
  EVENT_TRANSITION_NOT_ALLOWED: {
    message: 'An event that is approved cannot be submitted.',
    details: { status: 'approved', action: 'submit' },
  },
  EVENT_NOT_EDITABLE: {
    message: 'An event that is submitted cannot be edited; wait for the review or ask the coordinator.',
    details: { status: 'submitted' },
  },
  EVENT_VERSION_CONFLICT: {
    message: 'The event changed since version 3 (it is at version 4); reload it and edit again.',
    details: { expected: 3, actual: 4 },
  },
}) {}
