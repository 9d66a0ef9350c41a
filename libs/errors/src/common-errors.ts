import { errorTable } from './app.error';

/**
 * Codes raised by shared code rather than by a module: the validation pipe, the framework (a path id
 * that is not a UUID, a body that is not JSON), cursors of paged lists, and calls to another service.
 */
export const CommonErrors = errorTable(
  {
    VALIDATION_FAILED: 'bad_request',
    BAD_REQUEST: 'bad_request',
    INVALID_CURSOR: 'bad_request',
    SERVICE_UNAVAILABLE: 'unavailable',
  },
  {
    VALIDATION_FAILED: {
      message: 'The request has invalid fields; see details.',
      details: [
        { field: 'contactPhone', messages: ['contactPhone must be a mainland mobile number (11 digits)'] },
      ],
    },
    BAD_REQUEST: 'Validation failed (uuid is expected)',
    INVALID_CURSOR: {
      message: 'The cursor is not one this API handed out.',
      details: [{ field: 'cursor', messages: ['cursor is invalid'] }],
    },
    SERVICE_UNAVAILABLE: {
      message: 'The partners service did not answer in time; try again shortly.',
      details: { service: 'partners', reason: 'timeout' },
    },
  },
);
