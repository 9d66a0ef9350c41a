/**
 * The Linkage API as the portal's typed client sees it: generated from the gateway's merged OpenAPI
 * document by scripts/portal/openapi-types.ts. Do not edit by hand; regenerate with
 * `npm run portal:api-types` (CI fails when this file is not current).
 */

export interface paths {
  '/api/accounts': {
    /** List accounts, newest first, by role or by part of the name, email or mobile */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** Only accounts holding this role */
          role?: components['schemas']['Role'];
          /** Part of the display name, email or mobile number */
          q?: string;
          /** Only active (true) or deactivated (false) accounts */
          active?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/accounts/{id}': {
    /** One account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: ACCOUNT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ACCOUNT_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/accounts/{id}/activate': {
    /** Reactivate an account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: ACCOUNT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ACCOUNT_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/accounts/{id}/deactivate': {
    /** Deactivate an account: no sign-in or refresh; its refresh tokens are revoked */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: ACCOUNT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ACCOUNT_NOT_FOUND';
            };
          };
        };
        /** Conflict: LAST_ADMIN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'LAST_ADMIN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/accounts/{id}/roles': {
    /** Replace an account’s roles and bindings (audited as account.roles_changed) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ChangeRolesDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: ACCOUNT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ACCOUNT_NOT_FOUND';
            };
          };
        };
        /** Conflict: LAST_ADMIN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'LAST_ADMIN';
            };
          };
        };
        /** Unprocessable: ORGANISATION_REQUIRED, VOLUNTEER_REQUIRED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'ORGANISATION_REQUIRED' | 'VOLUNTEER_REQUIRED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/attendance/scan': {
    /** Check in or out by scanning the shift’s code (a confirmed volunteer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ScanDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AttendanceView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Unprocessable: CHECK_IN_CODE_INVALID, CHECK_IN_CODE_EXPIRED, ATTENDANCE_NOT_CONFIRMED, ATTENDANCE_SHIFT_NOT_ACTIVE, CHECK_IN_TOO_EARLY, CHECK_IN_CLOSED, ATTENDANCE_NOT_CHECKED_IN, CHECK_OUT_CLOSED, ATTENDANCE_TIMES_INVALID */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?:
                | 'CHECK_IN_CODE_INVALID'
                | 'CHECK_IN_CODE_EXPIRED'
                | 'ATTENDANCE_NOT_CONFIRMED'
                | 'ATTENDANCE_SHIFT_NOT_ACTIVE'
                | 'CHECK_IN_TOO_EARLY'
                | 'CHECK_IN_CLOSED'
                | 'ATTENDANCE_NOT_CHECKED_IN'
                | 'CHECK_OUT_CLOSED'
                | 'ATTENDANCE_TIMES_INVALID';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/audit': {
    /** The audit trail of every service, newest first (admins) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          actorId?: string;
          recordType?: string;
          recordId?: string;
          action?: string;
          outcome?: components['schemas']['AuditOutcome'];
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AuditPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
      };
    };
  };
  '/api/auth/jwks': {
    /** The public keys access tokens are signed with (JWKS) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['JwksView'];
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/auth/login': {
    /** Sign in with an email or mobile number and a password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['LoginDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TokenResponse'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: INVALID_CREDENTIALS */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'INVALID_CREDENTIALS';
            };
          };
        };
        /** Forbidden: ACCOUNT_DEACTIVATED */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ACCOUNT_DEACTIVATED';
            };
          };
        };
        /** Too many requests: LOGIN_THROTTLED */
        429: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 429;
              code?: 'LOGIN_THROTTLED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/auth/logout': {
    /** Sign out: revoke the refresh token and every token of its family */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RefreshTokenDto'];
        };
      };
      responses: {
        /** Signed out (also when the token was unknown) */
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/auth/me': {
    /** The signed-in account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AccountView'];
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Not found: ACCOUNT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ACCOUNT_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/auth/refresh': {
    /** Trade a refresh token for a new access token and refresh token */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RefreshTokenDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TokenResponse'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: REFRESH_TOKEN_INVALID, REFRESH_TOKEN_EXPIRED, REFRESH_TOKEN_REUSED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'REFRESH_TOKEN_INVALID' | 'REFRESH_TOKEN_EXPIRED' | 'REFRESH_TOKEN_REUSED';
            };
          };
        };
        /** Forbidden: ACCOUNT_DEACTIVATED */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ACCOUNT_DEACTIVATED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/calendar/{token}.ics': {
    /** A volunteer’s confirmed shifts as an iCalendar feed (the address is the secret) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** text/calendar */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'text/calendar': string;
          };
        };
        /** Not found: CALENDAR_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'CALENDAR_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/campaigns': {
    /** List campaigns, newest first */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: components['schemas']['CampaignStatus'];
          /** Campaigns this organisation is a partner of */
          organisationId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CampaignPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Plan a screening campaign: its partner organisations, instrument versions per stage and targets per community */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateCampaignDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CampaignView'];
          };
        };
        /** Bad request: CAMPAIGN_INSTRUMENTS_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'CAMPAIGN_INSTRUMENTS_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Unprocessable: CAMPAIGN_DATES_INVALID, PARTNER_ORGANISATION_UNKNOWN */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'CAMPAIGN_DATES_INVALID' | 'PARTNER_ORGANISATION_UNKNOWN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/campaigns/{id}': {
    /** One campaign */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CampaignView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: CAMPAIGN_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'CAMPAIGN_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/certificates/{number}.pdf': {
    /** The certificate as a PDF (its volunteer; coordinators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          number: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The PDF */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/pdf': Blob;
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: CERTIFICATE_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'CERTIFICATE_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/certificates/{number}/revoke': {
    /** Revoke a certificate with a reason (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          number: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RevokeCertificateDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CertificateView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: CERTIFICATE_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'CERTIFICATE_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/certificates/{number}/verify': {
    /** Verify a certificate by its number (public: shows only what it shows) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          number: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CertificateVerificationView'];
          };
        };
        /** Not found: CERTIFICATE_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'CERTIFICATE_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/dead-letters': {
    /** Dead letters of every service, newest first (admins) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: components['schemas']['DeadLetterStatus'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['DeadLetterPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
      };
    };
  };
  '/api/dead-letters/{id}/discard': {
    /** Give up on a parked event for good (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The dead letter, now discarded */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['DeadLetterView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: DEAD_LETTER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'DEAD_LETTER_NOT_FOUND';
            };
          };
        };
        /** Conflict: DEAD_LETTER_RESOLVED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'DEAD_LETTER_RESOLVED';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  '/api/dead-letters/{id}/replay': {
    /** Apply a parked event once more (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The dead letter, now replayed */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['DeadLetterView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: DEAD_LETTER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'DEAD_LETTER_NOT_FOUND';
            };
          };
        };
        /** Conflict: DEAD_LETTER_RESOLVED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'DEAD_LETTER_RESOLVED';
            };
          };
        };
        /** Unprocessable: DEAD_LETTER_REPLAY_FAILED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'DEAD_LETTER_REPLAY_FAILED';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
      };
    };
  };
  '/api/events': {
    /** List events, newest first (a partner member: their own organisation's; coordinators: all) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: components['schemas']['EventStatus'];
          organisationId?: string;
          /** Events of this joint project */
          projectId?: string;
          /** Events that end after this instant */
          from?: string;
          /** Events that start before this instant */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventRegistrationPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Register an event as a draft (a partner member: for their own organisation) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateEventRegistrationDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventRegistrationView'];
          };
        };
        /** Bad request: EVENT_SCHEDULE_INVALID, EVENT_ROLES_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'EVENT_SCHEDULE_INVALID' | 'EVENT_ROLES_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Conflict: EVENT_ORGANISATION_SUSPENDED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'EVENT_ORGANISATION_SUSPENDED';
            };
          };
        };
        /** Unprocessable: EVENT_ORGANISATION_UNKNOWN, EVENT_PROJECT_UNKNOWN */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'EVENT_ORGANISATION_UNKNOWN' | 'EVENT_PROJECT_UNKNOWN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/export': {
    /** Events with their staffing and certified hours as CSV or XLSX (a partner member: their organisation's) */
    get: {
      parameters: {
        query: {
          status?: components['schemas']['EventStatus'];
          organisationId?: string;
          /** Events of this joint project */
          projectId?: string;
          /** Events that end after this instant */
          from?: string;
          /** Events that start before this instant */
          to?: string;
          format: components['schemas']['EventExportFormat'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The file */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
            'text/csv': Blob;
          };
        };
        /** Bad request: VALIDATION_FAILED */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}': {
    /** One event */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventRegistrationView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Edit an event (a draft or one sent back for changes; an approved one: coordinators) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateEventRegistrationDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventRegistrationView'];
          };
        };
        /** Bad request: EVENT_SCHEDULE_INVALID, EVENT_ROLES_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'EVENT_SCHEDULE_INVALID' | 'EVENT_ROLES_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND';
            };
          };
        };
        /** Conflict: EVENT_NOT_EDITABLE, EVENT_VERSION_CONFLICT */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'EVENT_NOT_EDITABLE' | 'EVENT_VERSION_CONFLICT';
            };
          };
        };
        /** Unprocessable: EVENT_PROJECT_UNKNOWN */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'EVENT_PROJECT_UNKNOWN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}/approve': {
    /** Approve a submitted event (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EventNoteDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventRegistrationView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND';
            };
          };
        };
        /** Conflict: EVENT_TRANSITION_NOT_ALLOWED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'EVENT_TRANSITION_NOT_ALLOWED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}/cancel': {
    /** Cancel an event, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EventReasonDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventRegistrationView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND';
            };
          };
        };
        /** Conflict: EVENT_TRANSITION_NOT_ALLOWED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'EVENT_TRANSITION_NOT_ALLOWED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}/complete': {
    /** Mark an approved event as held */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EventNoteDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventRegistrationView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND';
            };
          };
        };
        /** Conflict: EVENT_TRANSITION_NOT_ALLOWED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'EVENT_TRANSITION_NOT_ALLOWED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}/history': {
    /** The event's history, oldest first: every transition with who, when and what they said */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventHistoryView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}/hours': {
    /** Volunteers' hours at the event's shifts, with the organisation's decision on each */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventHoursList'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}/hours/{hoursRecordId}/confirm': {
    /** Confirm a volunteer’s hours at the event (a member of the organisation, or a coordinator) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          hoursRecordId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventHoursView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND, EVENT_HOURS_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND' | 'EVENT_HOURS_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}/hours/{hoursRecordId}/dispute': {
    /** Dispute a volunteer’s hours at the event, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          hoursRecordId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EventHoursDisputeDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventHoursView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND, EVENT_HOURS_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND' | 'EVENT_HOURS_NOT_FOUND';
            };
          };
        };
        /** Conflict: EVENT_HOURS_ALREADY_CONFIRMED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'EVENT_HOURS_ALREADY_CONFIRMED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}/reject': {
    /** Reject a submitted event, with the reason (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EventReasonDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventRegistrationView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND';
            };
          };
        };
        /** Conflict: EVENT_TRANSITION_NOT_ALLOWED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'EVENT_TRANSITION_NOT_ALLOWED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}/request-changes': {
    /** Send a submitted event back to the partner with what to change (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EventChangeRequestDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventRegistrationView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND';
            };
          };
        };
        /** Conflict: EVENT_TRANSITION_NOT_ALLOWED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'EVENT_TRANSITION_NOT_ALLOWED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}/staffing': {
    /** How the event is staffed: needed, confirmed and waitlisted, per event and per shift, and what is at risk */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventStaffingView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/events/{id}/submit': {
    /** Submit the event for review, or resubmit it after changes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EventNoteDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EventRegistrationView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: EVENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'EVENT_NOT_FOUND';
            };
          };
        };
        /** Conflict: EVENT_TRANSITION_NOT_ALLOWED, EVENT_ORGANISATION_SUSPENDED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'EVENT_TRANSITION_NOT_ALLOWED' | 'EVENT_ORGANISATION_SUSPENDED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/hours/export': {
    /** Every hours record as CSV or XLSX (coordinators) */
    get: {
      parameters: {
        query: {
          from?: string;
          to?: string;
          format: components['schemas']['HoursExportFormat'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** The file */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
            'text/csv': Blob;
          };
        };
        /** Bad request: VALIDATION_FAILED */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/hours/totals': {
    /** Verified hours by team or by month (coordinators) */
    get: {
      parameters: {
        query: {
          from?: string;
          to?: string;
          by: components['schemas']['HoursTotalsBy'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['HoursTotalView'][];
          };
        };
        /** Bad request: VALIDATION_FAILED */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/hours/{id}': {
    /** One hours record with its adjustments (coordinators; its volunteer; the team’s leaders) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['HoursRecordDetailView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: HOURS_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'HOURS_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Adjust hours with a reason (coordinators; the shift’s team leaders) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AdjustHoursDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['HoursRecordView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: HOURS_VERIFY_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'HOURS_VERIFY_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: HOURS_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'HOURS_NOT_FOUND';
            };
          };
        };
        /** Unprocessable: HOURS_DAILY_CAP_EXCEEDED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'HOURS_DAILY_CAP_EXCEEDED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/hours/{id}/verify': {
    /** Verify hours (coordinators; the shift’s team leaders, not their own) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['HoursRecordView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: HOURS_VERIFY_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'HOURS_VERIFY_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: HOURS_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'HOURS_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/inbox': {
    /** The partner inbox: work items other services addressed to the organisation, newest first */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: components['schemas']['InboxStatus'];
          kind?: string;
          /** Coordinators: one organisation’s items */
          organisationId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['InboxPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/inbox/{id}': {
    /** One inbox item, with its origin and what was done with it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['InboxItemView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: INBOX_ITEM_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'INBOX_ITEM_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/inbox/{id}/accept': {
    /** Accept an item (a member of the organisation it is addressed to) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AcceptInboxItemDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['InboxItemView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: INBOX_ITEM_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'INBOX_ITEM_NOT_FOUND';
            };
          };
        };
        /** Conflict: INBOX_ITEM_TRANSITION_INVALID */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'INBOX_ITEM_TRANSITION_INVALID';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/inbox/{id}/outcome': {
    /** Record what came of an item: completed or declined, with a category and notes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordOutcomeDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['InboxItemView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: INBOX_ITEM_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'INBOX_ITEM_NOT_FOUND';
            };
          };
        };
        /** Conflict: INBOX_ITEM_TRANSITION_INVALID */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'INBOX_ITEM_TRANSITION_INVALID';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/invitations': {
    /** List invitations, newest first, by status */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: components['schemas']['InvitationStatus'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['InvitationPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Invite someone to an account with one role; the answer carries the token, once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateInvitationDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CreatedInvitationView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: INVITATION_ROLE_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'INVITATION_ROLE_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Conflict: EMAIL_TAKEN, MOBILE_TAKEN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'EMAIL_TAKEN' | 'MOBILE_TAKEN';
            };
          };
        };
        /** Unprocessable: ORGANISATION_REQUIRED, VOLUNTEER_REQUIRED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'ORGANISATION_REQUIRED' | 'VOLUNTEER_REQUIRED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/invitations/accept': {
    /** Accept an invitation with a password: creates the account and signs it in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AcceptInvitationDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TokenResponse'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Not found: INVITATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'INVITATION_NOT_FOUND';
            };
          };
        };
        /** Conflict: INVITATION_ALREADY_ACCEPTED, EMAIL_TAKEN, MOBILE_TAKEN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'INVITATION_ALREADY_ACCEPTED' | 'EMAIL_TAKEN' | 'MOBILE_TAKEN';
            };
          };
        };
        /** Unprocessable: INVITATION_EXPIRED, PASSWORD_TOO_WEAK */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'INVITATION_EXPIRED' | 'PASSWORD_TOO_WEAK';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/organisations': {
    /** List organisations, newest first (a partner member sees only their own) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          kind?: components['schemas']['OrganisationKind'];
          district?: string;
          status?: components['schemas']['OrganisationStatus'];
          /** The name of a community it serves (whole name) */
          community?: string;
          /** Part of the name */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['OrganisationPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Register a partner organisation (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateOrganisationDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['OrganisationView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Conflict: ORGANISATION_NAME_TAKEN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'ORGANISATION_NAME_TAKEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/organisations/{id}': {
    /** One organisation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['OrganisationView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: ORGANISATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ORGANISATION_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Rename, re-classify, move or suspend an organisation, or change its communities (coordinators) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateOrganisationDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['OrganisationView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: ORGANISATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ORGANISATION_NOT_FOUND';
            };
          };
        };
        /** Conflict: ORGANISATION_NAME_TAKEN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'ORGANISATION_NAME_TAKEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/organisations/{id}/contact': {
    /** Change the contact details (a partner member: of their own organisation only) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateContactDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['OrganisationView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: ORGANISATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ORGANISATION_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/organisations/{organisationId}/members': {
    /** The organisation’s members with their roles and standing (its manager, coordinators) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: components['schemas']['MemberStatus'];
        };
        header?: never;
        path: {
          organisationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['MemberPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: MEMBERS_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'MEMBERS_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Invite a member by email (its manager, coordinators): identity issues a partner invitation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InviteMemberDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['InvitedMemberView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: MEMBERS_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'MEMBERS_NOT_FOUND';
            };
          };
        };
        /** Conflict: MEMBER_EMAIL_TAKEN, MEMBER_ORGANISATION_SUSPENDED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'MEMBER_EMAIL_TAKEN' | 'MEMBER_ORGANISATION_SUSPENDED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/organisations/{organisationId}/members/{id}': {
    /** Change a member’s role, suspend or reinstate them (its manager, coordinators) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organisationId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateMemberDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['MemberView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: MEMBERS_NOT_FOUND, MEMBER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'MEMBERS_NOT_FOUND' | 'MEMBER_NOT_FOUND';
            };
          };
        };
        /** Conflict: MEMBER_SELF_CHANGE */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'MEMBER_SELF_CHANGE';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/points/awards': {
    /** Award (or take back) points with a reason (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AwardPointsDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['PointsEntryView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: POINTS_VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'POINTS_VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes': {
    /** The programmes the caller runs (admins: all), newest first */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          kind?: components['schemas']['ProgrammeKind'];
          status?: components['schemas']['ProgrammeStatus'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProgrammePage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Plan a group programme (a counsellor who plans it facilitates it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateProgrammeDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProgrammeView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Unprocessable: FACILITATOR_REQUIRED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'FACILITATOR_REQUIRED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/open': {
    /** Programmes open for applications (with a published intake survey) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          kind?: components['schemas']['ProgrammeKind'];
          status?: components['schemas']['ProgrammeStatus'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProgrammePage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{id}': {
    /** One programme with its facilitators */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProgrammeView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Change a programme: title, description, capacity, confidentiality, status */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateProgrammeDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProgrammeView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{id}/facilitators': {
    /** Set who facilitates a programme: counsellors and peer facilitators (volunteers) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SetFacilitatorsDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProgrammeView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND';
            };
          };
        };
        /** Unprocessable: FACILITATOR_REQUIRED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'FACILITATOR_REQUIRED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/applications': {
    /** The applicant queue with answers, scores and eligibility, oldest first (audited) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: components['schemas']['ApplicationStatus'];
          /** Only eligible (true) or ineligible (false) applicants */
          eligible?: boolean;
        };
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ApplicationPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Apply with answers to the intake survey; answers with the applicant’s own result */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ApplyDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ApplicationView'];
          };
        };
        /** Bad request: SURVEY_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'SURVEY_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND';
            };
          };
        };
        /** Conflict: INTAKE_CLOSED, ALREADY_APPLIED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'INTAKE_CLOSED' | 'ALREADY_APPLIED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/applications/me': {
    /** The caller’s own application and its result */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ApplicationView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: APPLICATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'APPLICATION_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/applications/{applicationId}/consent': {
    /** Record consent to take part and to data processing (the applicant, or a counsellor from a signed form) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          applicationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordConsentDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['counselling.ConsentView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: APPLICATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'APPLICATION_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/applications/{applicationId}/decision': {
    /** Accept, waitlist or refer elsewhere (with a reason) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          applicationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DecideDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ApplicationView'];
          };
        };
        /** Bad request: REASON_REQUIRED, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'REASON_REQUIRED' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND, APPLICATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND' | 'APPLICATION_NOT_FOUND';
            };
          };
        };
        /** Conflict: APPLICATION_DECIDED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'APPLICATION_DECIDED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/attendance-flags': {
    /** Members who missed two or more sessions in a row, for the facilitator */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AttendanceFlagView'][];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/enrolments': {
    /** The members (facilitators; a member sees only their own; admins only of standard programmes) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EnrolmentView'][];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Enrol an accepted applicant whose consent is recorded */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EnrolDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EnrolmentView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND, APPLICATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND' | 'APPLICATION_NOT_FOUND';
            };
          };
        };
        /** Conflict: APPLICATION_NOT_ACCEPTED, ALREADY_ENROLLED, PROGRAMME_FULL */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'APPLICATION_NOT_ACCEPTED' | 'ALREADY_ENROLLED' | 'PROGRAMME_FULL';
            };
          };
        };
        /** Unprocessable: CONSENT_REQUIRED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'CONSENT_REQUIRED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/enrolments/{enrolmentId}/withdraw': {
    /** Withdraw from the programme (the member at any time, or a counsellor): consent ends */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          enrolmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['WithdrawDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EnrolmentView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: ENROLMENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ENROLMENT_NOT_FOUND';
            };
          };
        };
        /** Conflict: ENROLMENT_WITHDRAWN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'ENROLMENT_WITHDRAWN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/intake': {
    /** The intake survey to answer (its facilitators also see a draft) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['IntakeView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND, INTAKE_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND' | 'INTAKE_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Define the intake survey (from a template such as ftnd, or in full) and publish it */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SetIntakeDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['IntakeView'];
          };
        };
        /** Bad request: SURVEY_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'SURVEY_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/notes': {
    /** The programme’s notes: text for its counsellors (every read audited); admins see entries only */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['NoteView'][];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Add a confidential note about a session or a member (encrypted; corrections are new notes) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['WriteNoteDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['NoteView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND, SESSION_NOT_FOUND, ENROLMENT_NOT_FOUND, NOTE_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND' | 'SESSION_NOT_FOUND' | 'ENROLMENT_NOT_FOUND' | 'NOTE_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/notes/{noteId}': {
    /** One note (its text for the programme’s counsellors, audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          noteId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['NoteView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND, NOTE_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND' | 'NOTE_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/sessions': {
    /** The programme’s sessions in time order */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SessionView'][];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Schedule sessions (date, place, topic): one or the whole schedule */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ScheduleSessionsDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SessionView'][];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/sessions/{sessionId}/attendance': {
    /** The register of a session (a member sees only their own line) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['counselling.AttendanceView'][];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND, SESSION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND' | 'SESSION_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Take the register: one member or the whole list in one request; absences with a reason */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['counselling.RecordAttendanceDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['counselling.AttendanceView'][];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND, SESSION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND' | 'SESSION_NOT_FOUND';
            };
          };
        };
        /** Conflict: SESSION_NOT_OPEN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SESSION_NOT_OPEN';
            };
          };
        };
        /** Unprocessable: NOT_A_MEMBER */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'NOT_A_MEMBER';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/programmes/{programmeId}/sessions/{sessionId}/complete': {
    /** Mark a session as held: publishes counselling.session.completed.v1 (peer facilitators’ hours) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SessionView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROGRAMME_NOT_FOUND, SESSION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROGRAMME_NOT_FOUND' | 'SESSION_NOT_FOUND';
            };
          };
        };
        /** Conflict: SESSION_NOT_OPEN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SESSION_NOT_OPEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/projects': {
    /** List joint projects, newest first (a partner member: those their organisation takes part in) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: components['schemas']['ProjectStatus'];
          /** Only the projects this organisation takes part in */
          organisationId?: string;
          /** Part of the name */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProjectPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Plan a joint project with its partner organisations in their roles (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateProjectDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProjectView'];
          };
        };
        /** Bad request: PROJECT_PARTNERS_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'PROJECT_PARTNERS_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Conflict: PROJECT_ORGANISATION_SUSPENDED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'PROJECT_ORGANISATION_SUSPENDED';
            };
          };
        };
        /** Unprocessable: PROJECT_ORGANISATION_UNKNOWN */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'PROJECT_ORGANISATION_UNKNOWN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/projects/{id}': {
    /** The project page: its partners in their roles, its events, staffing and verified hours to date */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProjectDetailView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROJECT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROJECT_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Delete a planned project no event links to (coordinators); cancel any other */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Deleted */
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROJECT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROJECT_NOT_FOUND';
            };
          };
        };
        /** Conflict: PROJECT_NOT_DELETABLE */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'PROJECT_NOT_DELETABLE';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Change a project: name, goal, period, status, or its partners (replaced as a list) (coordinators) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateProjectDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProjectView'];
          };
        };
        /** Bad request: PROJECT_PARTNERS_INVALID, PROJECT_DATES_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?:
                'PROJECT_PARTNERS_INVALID' | 'PROJECT_DATES_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: PROJECT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'PROJECT_NOT_FOUND';
            };
          };
        };
        /** Conflict: PROJECT_ORGANISATION_SUSPENDED, PROJECT_STATUS_CHANGE_INVALID */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'PROJECT_ORGANISATION_SUSPENDED' | 'PROJECT_STATUS_CHANGE_INVALID';
            };
          };
        };
        /** Unprocessable: PROJECT_ORGANISATION_UNKNOWN */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'PROJECT_ORGANISATION_UNKNOWN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts': {
    /** List shifts: those not yet ended, soonest first (when=past for ended ones) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** Only upcoming open shifts whose skills and certifications I have (volunteers) */
          fits?: components['schemas']['ShiftFit'];
          /** upcoming: not yet ended, soonest start first; past: ended, latest start first; all: both, soonest start first. Combines with from/to. */
          when?: components['schemas']['ShiftTime'];
          /** The status as shown: a shift whose end has passed is completed */
          status?: components['schemas']['ShiftStatus'];
          /** Starting at or after */
          from?: string;
          /** Starting before */
          to?: string;
          teamId?: string;
          sourceType?: components['schemas']['ShiftSourceType'];
          /** The id of the session or event the shift came from */
          sourceId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ShiftPage'];
          };
        };
        /** Bad request: SHIFT_FIT_NEEDS_VOLUNTEER, VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'SHIFT_FIT_NEEDS_VOLUNTEER' | 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Create a shift (coordinators; a team leader for a team they lead) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateShiftDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ShiftView'];
          };
        };
        /** Bad request: SHIFT_SCHEDULE_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'SHIFT_SCHEDULE_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: SHIFT_MANAGE_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'SHIFT_MANAGE_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Unprocessable: SHIFT_TEAM_UNKNOWN */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'SHIFT_TEAM_UNKNOWN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts/{id}': {
    /** One shift */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ShiftView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Change a shift, close or reopen its sign-ups, or complete it (coordinators; its team’s leaders) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateShiftDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ShiftView'];
          };
        };
        /** Bad request: SHIFT_SCHEDULE_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'SHIFT_SCHEDULE_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: SHIFT_MANAGE_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'SHIFT_MANAGE_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND';
            };
          };
        };
        /** Conflict: SHIFT_NOT_EDITABLE, SHIFT_CAPACITY_BELOW_TAKEN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SHIFT_NOT_EDITABLE' | 'SHIFT_CAPACITY_BELOW_TAKEN';
            };
          };
        };
        /** Unprocessable: SHIFT_TEAM_UNKNOWN */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'SHIFT_TEAM_UNKNOWN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts/{id}/attendance': {
    /** The shift’s attendance with its flags (coordinators; its team’s leaders) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AttendanceView'][];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: SHIFT_MANAGE_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'SHIFT_MANAGE_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Record someone’s check-in/out with a reason (coordinators; its team’s leaders) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordAttendanceDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AttendanceView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: SHIFT_MANAGE_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'SHIFT_MANAGE_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND';
            };
          };
        };
        /** Unprocessable: ATTENDANCE_TIMES_INVALID, ATTENDANCE_IN_FUTURE, ATTENDANCE_NOT_CONFIRMED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'ATTENDANCE_TIMES_INVALID' | 'ATTENDANCE_IN_FUTURE' | 'ATTENDANCE_NOT_CONFIRMED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts/{id}/attendance/{volunteerId}/no-show': {
    /** Record a no-show (coordinators; its team’s leaders) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          volunteerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NoShowDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AttendanceView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: SHIFT_MANAGE_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'SHIFT_MANAGE_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND';
            };
          };
        };
        /** Conflict: ATTENDANCE_ALREADY_CHECKED_IN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'ATTENDANCE_ALREADY_CHECKED_IN';
            };
          };
        };
        /** Unprocessable: ATTENDANCE_NOT_CONFIRMED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'ATTENDANCE_NOT_CONFIRMED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts/{id}/cancel': {
    /** Cancel a shift with a reason (coordinators; its team’s leaders) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CancelShiftDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ShiftView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: SHIFT_MANAGE_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'SHIFT_MANAGE_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND';
            };
          };
        };
        /** Conflict: SHIFT_NOT_EDITABLE */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SHIFT_NOT_EDITABLE';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts/{id}/check-in-code': {
    /** The rotating check-in or check-out QR code (coordinators; its team’s leaders) */
    get: {
      parameters: {
        query: {
          purpose: components['schemas']['CheckInPurpose'];
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CheckInCodeView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: SHIFT_MANAGE_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'SHIFT_MANAGE_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND';
            };
          };
        };
        /** Unprocessable: ATTENDANCE_SHIFT_NOT_ACTIVE */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'ATTENDANCE_SHIFT_NOT_ACTIVE';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups': {
    /** Who signed up, newest first (coordinators; the leaders of its team) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          status?: components['schemas']['SignupStatus'];
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['RosterPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: SIGNUP_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'SIGNUP_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Sign up for a shift (yourself; coordinators may name a volunteer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SignUpDto'];
        };
      };
      responses: {
        /** Already signed up: the existing sign-up */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
        /** Signed up */
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
        /** Bad request: SIGNUP_VOLUNTEER_REQUIRED, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'SIGNUP_VOLUNTEER_REQUIRED' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: SIGNUP_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'SIGNUP_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND, VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND' | 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Conflict: SHIFT_OVERLAP */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SHIFT_OVERLAP';
            };
          };
        };
        /** Unprocessable: SIGNUP_VOLUNTEER_UNKNOWN, SHIFT_OVER, SHIFT_NOT_OPEN, SIGNUP_WINDOW_CLOSED, SIGNUP_REQUIREMENTS_MISSING */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?:
                | 'SIGNUP_VOLUNTEER_UNKNOWN'
                | 'SHIFT_OVER'
                | 'SHIFT_NOT_OPEN'
                | 'SIGNUP_WINDOW_CLOSED'
                | 'SIGNUP_REQUIREMENTS_MISSING';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups/me': {
    /** My sign-up for this shift */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND, SIGNUP_NOT_FOUND, VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND' | 'SIGNUP_NOT_FOUND' | 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Cancel my sign-up (a confirmed seat: until the cut-off, else 422 CANCELLATION_CUTOFF_PASSED) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND, SIGNUP_NOT_FOUND, VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND' | 'SIGNUP_NOT_FOUND' | 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Unprocessable: CANCELLATION_CUTOFF_PASSED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'CANCELLATION_CUTOFF_PASSED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups/me/claim': {
    /** Claim a seat offered to me from the waitlist, before its deadline */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND, SIGNUP_NOT_FOUND, VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND' | 'SIGNUP_NOT_FOUND' | 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Conflict: SHIFT_OVERLAP */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SHIFT_OVERLAP';
            };
          };
        };
        /** Unprocessable: SIGNUP_NO_OFFER, OFFER_EXPIRED, SHIFT_OVER, SHIFT_NOT_OPEN */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'SIGNUP_NO_OFFER' | 'OFFER_EXPIRED' | 'SHIFT_OVER' | 'SHIFT_NOT_OPEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups/{signupId}': {
    /** One sign-up (those who manage the shift, and the volunteer it belongs to) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          signupId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND, SIGNUP_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND' | 'SIGNUP_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Cancel a sign-up (coordinators and its team’s leaders, at any time; its volunteer, until the cut-off) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          signupId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND, SIGNUP_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND' | 'SIGNUP_NOT_FOUND';
            };
          };
        };
        /** Unprocessable: CANCELLATION_CUTOFF_PASSED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'CANCELLATION_CUTOFF_PASSED';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups/{signupId}/approve': {
    /** Approve a pending sign-up: a seat if one is free, else the waitlist */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          signupId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ApproveSignupDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: SHIFT_MANAGE_FORBIDDEN, SIGNUP_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'SHIFT_MANAGE_FORBIDDEN' | 'SIGNUP_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND, SIGNUP_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND' | 'SIGNUP_NOT_FOUND';
            };
          };
        };
        /** Conflict: SIGNUP_NOT_PENDING, SHIFT_OVERLAP */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SIGNUP_NOT_PENDING' | 'SHIFT_OVERLAP';
            };
          };
        };
        /** Unprocessable: SHIFT_OVER, SHIFT_NOT_OPEN */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'SHIFT_OVER' | 'SHIFT_NOT_OPEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/shifts/{id}/signups/{signupId}/reject': {
    /** Reject a pending sign-up */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          signupId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RejectSignupDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SignupView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: SHIFT_MANAGE_FORBIDDEN, ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'SHIFT_MANAGE_FORBIDDEN' | 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: SHIFT_NOT_FOUND, SIGNUP_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SHIFT_NOT_FOUND' | 'SIGNUP_NOT_FOUND';
            };
          };
        };
        /** Conflict: SIGNUP_NOT_PENDING */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SIGNUP_NOT_PENDING';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/teams': {
    /** List teams, newest first (a volunteer: the teams they are in) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** Part of the name */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Create a team (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateTeamDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Conflict: TEAM_NAME_TAKEN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'TEAM_NAME_TAKEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/teams/{id}': {
    /** One team */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: TEAM_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'TEAM_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Rename a team or change its description (coordinators) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateTeamDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: TEAM_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'TEAM_NOT_FOUND';
            };
          };
        };
        /** Conflict: TEAM_NAME_TAKEN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'TEAM_NAME_TAKEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/teams/{id}/leaderboard': {
    /** The team’s members ranked by points (coordinators; its members) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['LeaderboardRowView'][];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: POINTS_TEAM_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'POINTS_TEAM_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/teams/{id}/members': {
    /** A team's members, newest first (coordinators, and the team's leaders) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          role?: components['schemas']['TeamRole'];
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamMemberPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: TEAM_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'TEAM_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/teams/{id}/members/{volunteerId}': {
    /** Add a volunteer to the team as leader or member, or change their role */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          volunteerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PutMemberDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['TeamMemberView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: TEAM_NOT_FOUND, VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'TEAM_NOT_FOUND' | 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Take a volunteer out of the team */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          volunteerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: TEAM_NOT_FOUND, TEAM_MEMBER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'TEAM_NOT_FOUND' | 'TEAM_MEMBER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers': {
    /** Search volunteers, newest first (a volunteer sees only their own profile) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** Part of the name */
          q?: string;
          /** The department, exactly */
          department?: string;
          /** One skill the volunteer has, exactly */
          skill?: string;
          /** Members (and leaders) of this team */
          teamId?: string;
          /** Holds this certification, valid on `certifiedOn` (default: today) */
          certification?: string;
          /** Local date for the certification filter */
          certifiedOn?: string;
          /** Usually free on this ISO weekday */
          availableOn?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Register a volunteer profile (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateVolunteerDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Conflict: VOLUNTEER_STUDENT_NUMBER_TAKEN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'VOLUNTEER_STUDENT_NUMBER_TAKEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/me': {
    /** My own volunteer profile */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerView'];
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/me/assignments': {
    /** My assignments: upcoming (soonest first) or past (latest first), with their shifts */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** upcoming: not yet ended, soonest first; past: ended, latest first */
          when?: components['schemas']['AssignmentTime'];
          status?: components['schemas']['SignupStatus'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AssignmentPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/me/calendar-token': {
    /** Create my calendar feed address, or replace it (the old one stops working) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CalendarTokenView'];
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Revoke my calendar feed address */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/me/notifications': {
    /** My notifications: unread first (or newest first), with the unread count */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          order?: components['schemas']['NotificationOrder'];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['NotificationPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/me/notifications/{id}/read': {
    /** Mark one of my notifications read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['NotificationView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: NOTIFICATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'NOTIFICATION_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/organisations': {
    /** Partner organisations (names and kinds) for filters and shift hosts */
    get: {
      parameters: {
        query?: {
          /** Only organisations of this kind */
          kind?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['PartnerOrganisationList'];
          };
        };
        /** Bad request: VALIDATION_FAILED */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/{id}': {
    /** One volunteer profile */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Change a profile (a volunteer: their own only) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UpdateVolunteerDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/assignments': {
    /** A volunteer’s assignments (coordinators; a volunteer only their own) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** upcoming: not yet ended, soonest first; past: ended, latest first */
          when?: components['schemas']['AssignmentTime'];
          status?: components['schemas']['SignupStatus'];
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['AssignmentPage'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST, INVALID_CURSOR */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST' | 'INVALID_CURSOR';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/certificates': {
    /** A volunteer’s certificates, newest first (coordinators; the volunteer) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CertificateView'][];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: CERTIFICATE_VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'CERTIFICATE_VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
    /** Issue a numbered certificate of the verified hours (coordinators; a volunteer their own) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CertificateView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: CERTIFICATE_VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'CERTIFICATE_VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Unprocessable: NO_VERIFIED_HOURS */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'NO_VERIFIED_HOURS';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/certifications': {
    /** Record a certification the volunteer holds (coordinators, having seen it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateCertificationDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CertificationView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/certifications/{certificationId}': {
    /** Remove a certification recorded in error */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          certificationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: VOLUNTEER_NOT_FOUND, CERTIFICATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'VOLUNTEER_NOT_FOUND' | 'CERTIFICATION_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/consent': {
    /** Record consent to the processing of personal information under a policy version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['GiveConsentDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ConsentView'];
          };
        };
        /** Bad request: VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'VALIDATION_FAILED' | 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/hours': {
    /** A volunteer’s verified total, by month, star level and records (coordinators; the volunteer) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['VolunteerHoursView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: HOURS_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'HOURS_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
  '/api/volunteers/{id}/points': {
    /** A volunteer’s points balance and entries (coordinators; the volunteer) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['PointsView'];
          };
        };
        /** Bad request: BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'BAD_REQUEST';
            };
          };
        };
        /** Unauthorized: AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED */
        401: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 401;
              code?: 'AUTH_REQUIRED' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
            };
          };
        };
        /** Forbidden: ROLE_FORBIDDEN */
        403: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 403;
              code?: 'ROLE_FORBIDDEN';
            };
          };
        };
        /** Not found: POINTS_VOLUNTEER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'POINTS_VOLUNTEER_NOT_FOUND';
            };
          };
        };
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 504;
              code?: 'GATEWAY_TIMEOUT';
            };
          };
        };
      };
    };
  };
}

export interface components {
  schemas: {
    AcceptInboxItemDto: {
      notes?: string;
    };
    AcceptInvitationDto: {
      /** The one-time token handed out when the invitation was created */
      token: string;
      /** At least 10 characters with letters and digits, not the email or mobile number */
      password: string;
    };
    AccountPage: {
      items: components['schemas']['AccountView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    AccountView: {
      id: string;
      email: string | null;
      mobile: string | null;
      displayName: string;
      roles: components['schemas']['Role'][];
      organisationId: string | null;
      volunteerId: string | null;
      active: boolean;
      lastLoginAt: string | null;
      createdAt: string;
      updatedAt: string;
    };
    AdjustHoursDto: {
      /** Hours in half-hour steps */
      hours: string;
      reason: string;
    };
    ApplicationDetailView: {
      id: string;
      programmeId: string;
      accountId: string;
      displayName: string;
      score: number | null;
      band: string | null;
      eligible: boolean;
      unmet: string[];
      status: components['schemas']['ApplicationStatus'];
      decisionReason: string | null;
      decidedAt: string | null;
      createdAt: string;
      answers: { [key: string]: unknown };
    };
    ApplicationPage: {
      items: components['schemas']['ApplicationDetailView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    ApplicationStatus: 'submitted' | 'accepted' | 'waitlisted' | 'referred' | 'enrolled' | 'withdrawn';
    ApplicationView: {
      id: string;
      programmeId: string;
      accountId: string;
      displayName: string;
      score: number | null;
      band: string | null;
      eligible: boolean;
      unmet: string[];
      status: components['schemas']['ApplicationStatus'];
      decisionReason: string | null;
      decidedAt: string | null;
      createdAt: string;
    };
    ApplyDto: {
      /** Answers by question id: a choice’s value, a number, or text */
      answers: { [key: string]: string | number };
    };
    ApproveSignupDto: {
      /** Let it overlap another confirmed shift (coordinators; needs a reason) */
      override?: boolean;
      reason?: string;
    };
    AssignmentPage: {
      items: components['schemas']['AssignmentView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    AssignmentShiftView: {
      id: string;
      title: string;
      location: components['schemas']['LocationView'];
      startsAt: string;
      endsAt: string;
      status: components['schemas']['ShiftStatus'];
      cancelReason: string | null;
      teamId: string | null;
    };
    AssignmentTime: 'upcoming' | 'past';
    AssignmentView: {
      /** The sign-up */
      id: string;
      status: components['schemas']['SignupStatus'];
      waitlistPosition: number | null;
      offerExpiresAt: string | null;
      shift: components['schemas']['AssignmentShiftView'];
    };
    AttendanceEntryDto: {
      enrolmentId: string;
      status: components['schemas']['counselling.AttendanceStatus'];
      /** Why they were absent */
      absenceReason?: string;
    };
    AttendanceFlagView: {
      enrolmentId: string;
      displayName: string;
      /** Sessions missed in a row, up to the latest */
      missedInARow: number;
    };
    AttendanceMethod: 'qr' | 'manual';
    AttendanceStatus: 'attended' | 'no_show';
    AttendanceView: {
      id: string;
      shiftId: string;
      volunteerId: string;
      status: components['schemas']['AttendanceStatus'];
      checkedInAt: string | null;
      checkedOutAt: string | null;
      checkInMethod: components['schemas']['AttendanceMethod'] | null;
      checkOutMethod: components['schemas']['AttendanceMethod'] | null;
      checkInDistanceMetres: number | null;
      checkOutDistanceMetres: number | null;
      /** A scan came from far from the venue (flagged, not refused) */
      farFromVenue: boolean;
      /** Checked in 24 hours ago or more with no check-out */
      missingCheckOut: boolean;
      reason: string | null;
    };
    AuditEntryView: {
      id: string;
      service: components['schemas']['ServiceName'];
      occurredAt: string;
      /** The account that acted; null for anonymous attempts */
      actorId: string | null;
      /** Its roles then, comma-separated */
      actorRoles: string;
      action: string;
      recordType: string;
      recordId: string | null;
      outcome: components['schemas']['AuditOutcome'];
      ip: string | null;
      requestId: string | null;
      /** What the action recorded; its fields depend on the action */
      details: { [key: string]: unknown } | null;
    };
    AuditOutcome: 'allowed' | 'denied';
    AuditPage: {
      items: components['schemas']['AuditEntryView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /** Services whose trail could not be read just now (left out of this page) */
      unavailable: components['schemas']['ServiceName'][];
    };
    AvailabilitySlotDto: {
      /** ISO weekday: 1 Monday … 7 Sunday */
      weekday: number;
      /** Local time (Asia/Shanghai), HH:MM */
      from: string;
      /** Local time, HH:MM (24:00 for the end of the day) */
      to: string;
    };
    AvailabilitySlotView: {
      /** ISO weekday: 1 Monday … 7 Sunday */
      weekday: number;
      from: string;
      to: string;
    };
    AwardPointsDto: {
      volunteerId: string;
      /** Whole points; negative to take some back */
      points: number;
      reason: string;
    };
    CalendarTokenView: {
      /** The secret; shown only now. Anyone with it can read the feed. */
      token: string;
      /** The feed, below the API’s origin; subscribe with https:// or webcal:// */
      path: string;
      createdAt: string;
    };
    CampaignInstrumentsInput: {
      /** Stage 1. Instrument versions (AD8@1, MINI_COG@1, MMSE@1, MOCA@1); each instrument once per stage. */
      stage1: string[];
      /** Stage 2. Instrument versions (AD8@1, MINI_COG@1, MMSE@1, MOCA@1); each instrument once per stage. */
      stage2: string[];
    };
    CampaignInstrumentsView: {
      stage1: string[];
      stage2: string[];
    };
    CampaignPage: {
      items: components['schemas']['CampaignView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    CampaignPartnerView: {
      organisationId: string;
      name: string;
    };
    CampaignStatus: 'draft' | 'active' | 'completed' | 'cancelled';
    CampaignTargetInput: {
      community: string;
      /** Residents to screen there */
      target: number;
    };
    CampaignTargetView: {
      community: string;
      target: number;
    };
    CampaignView: {
      id: string;
      name: string;
      description: string | null;
      startsOn: string;
      endsOn: string;
      status: components['schemas']['CampaignStatus'];
      partners: components['schemas']['CampaignPartnerView'][];
      instruments: components['schemas']['CampaignInstrumentsView'];
      targets: components['schemas']['CampaignTargetView'][];
      createdAt: string;
      updatedAt: string;
    };
    CancelShiftDto: {
      reason: string;
    };
    CertificateVerificationView: {
      number: string;
      volunteerName: string;
      maskedStudentNumber: string;
      totalHours: string;
      services: components['schemas']['CertifiedServiceView'][];
      issuer: string;
      issuedOn: string;
      revoked: boolean;
      revokedOn: string | null;
      revokeReason: string | null;
    };
    CertificateView: {
      id: string;
      number: string;
      volunteerId: string;
      volunteerName: string;
      maskedStudentNumber: string;
      totalHours: string;
      services: components['schemas']['CertifiedServiceView'][];
      issuer: string;
      issuedOn: string;
      issuedAt: string;
      /** Where the PDF is downloaded */
      pdfPath: string;
      /** Where anyone can verify it */
      verificationUrl: string;
      revoked: boolean;
      revokedAt: string | null;
      revokeReason: string | null;
    };
    CertificationView: {
      id: string;
      name: string;
      issuedOn: string;
      expiresOn: string | null;
    };
    CertifiedServiceView: {
      date: string;
      /** The activity (the shift’s title) */
      activity: string;
      /** The community or venue */
      organisation: string;
      hours: string;
    };
    ChangeRolesDto: {
      /** The complete new set of roles */
      roles: components['schemas']['Role'][];
      /** The organisation a partner belongs to; required with the partner role unless already set */
      organisationId?: string | null;
      /** The volunteer profile of a volunteer; required with the volunteer role unless already set */
      volunteerId?: string | null;
    };
    CheckInCodeView: {
      /** The QR content; the next one is fetched at rotatesAt */
      code: string;
      rotatesAt: string;
    };
    CheckInPurpose: 'check_in' | 'check_out';
    ChoiceOptionDto: {
      value: string;
      label: string;
      score?: number;
    };
    ConsentView: {
      policyVersion: string;
      givenAt: string;
      /** false when a coordinator recorded a signed paper form */
      bySelf: boolean;
    };
    CreateCampaignDto: {
      name: string;
      description?: string;
      /** Local date (Asia/Shanghai) */
      startsOn: string;
      /** Local date (Asia/Shanghai) */
      endsOn: string;
      /** Partner organisations (ids from /api/organisations) */
      partnerOrganisationIds: string[];
      /** The instrument versions per stage; unset: AD8@1 + MINI_COG@1, then MMSE@1 + MOCA@1 */
      instruments?: components['schemas']['CampaignInstrumentsInput'];
      /** The communities screened and a target per community (residents register in these) */
      targets?: components['schemas']['CampaignTargetInput'][];
    };
    CreateCertificationDto: {
      /** As shifts name it */
      name: string;
      /** Local date */
      issuedOn: string;
      /** Local date; leave out when it never expires */
      expiresOn?: string;
    };
    CreateEventRegistrationDto: {
      /** The organisation it is for: a partner member's own (may be left out); required for coordinators */
      organisationId?: string;
      title: string;
      description?: string | null;
      kind: components['schemas']['EventKind'];
      community?: string | null;
      venue: components['schemas']['EventVenueDto'];
      schedule: components['schemas']['EventScheduleDto'];
      /** 1 to 20 roles, each with its own key */
      roles: components['schemas']['EventRoleDto'][];
      /** Who to call on the day */
      contact?: components['schemas']['EventContactDto'] | null;
      /** Up to 10 files’ metadata */
      attachments?: components['schemas']['EventAttachmentDto'][];
      /** The joint project it belongs to */
      projectId?: string | null;
    };
    CreateInvitationDto: {
      /** Email, mobile, or both: at least one */
      email?: string;
      /** Mainland mobile number (11 digits) */
      mobile?: string;
      displayName: string;
      /** Coordinators may invite any role but admin */
      role: components['schemas']['Role'];
      /** Required for the partner role: the organisation */
      organisationId?: string;
      /** Required for the volunteer role: the volunteer profile */
      volunteerId?: string;
    };
    CreateOrganisationDto: {
      name: string;
      kind: components['schemas']['OrganisationKind'];
      district?: string;
      address?: string;
      contactName?: string;
      /** Mainland mobile number (11 digits) */
      contactPhone?: string;
      contactEmail?: string;
      /** The communities it serves, by name (at most 50, no repeats) */
      communities?: string[];
      /** Further people to reach there beside the main contact (at most 10) */
      contacts?: components['schemas']['OrganisationContactDto'][];
    };
    CreatePartnerInvitationRequest: { [key: string]: unknown };
    CreateProgrammeDto: {
      title: string;
      kind: components['schemas']['ProgrammeKind'];
      description?: string;
      /** How many members may enrol */
      capacity: number;
      /** First day, in the station’s zone */
      startsOn: string;
      /** Last day; not before startsOn */
      endsOn: string;
      /** Confidential (default): membership is visible only to the programme’s facilitators; standard: admins see it too */
      confidential?: boolean;
      status?: components['schemas']['ProgrammeStatus'];
      /** Who runs it. A counsellor who plans a programme facilitates it whether listed or not. */
      facilitators?: components['schemas']['FacilitatorDto'][];
    };
    CreateProjectDto: {
      name: string;
      goal: string;
      /** First day, in the station’s zone */
      startsOn: string;
      /** Last day; none for open-ended */
      endsOn?: string;
      /** The organisations taking part, each once and in one role; exactly one lead. On a change, replaces the list. */
      partners: components['schemas']['ProjectPartnerInput'][];
    };
    CreateShiftDto: {
      title: string;
      description?: string;
      location: components['schemas']['LocationDto'];
      startsAt: string;
      /** At most 24 hours after startsAt */
      endsAt: string;
      capacity: number;
      /** Skills, exactly */
      requiredSkills?: string[];
      /** Certifications that must be valid on every date of the shift */
      requiredCertifications?: string[];
      /** Only members of this team may sign up (a leader must give one of their teams) */
      teamId?: string | null;
      /** Sign-ups open (default: now) */
      opensAt?: string | null;
      /** Sign-ups close (default: when the shift starts) */
      closesAt?: string | null;
      signUpMode?: components['schemas']['SignUpMode'];
      /** When a seat frees up: confirm the first waitlisted at once, or offer it to them */
      waitlistPromotion?: components['schemas']['WaitlistPromotion'];
      /** Minutes to claim an offer */
      offerClaimMinutes?: number;
      /** Volunteers may cancel a confirmed seat until this many hours before the start */
      cancellationCutoffHours?: number;
    };
    CreateTeamDto: {
      /** Unique */
      name: string;
      description?: string;
    };
    CreateVolunteerDto: {
      name: string;
      /** Unique; compared without regard to letter case */
      studentNumber: string;
      department?: string;
      major?: string;
      className?: string;
      /** Mainland mobile number (11 digits) */
      mobile: string;
      politicalStatus?: components['schemas']['PoliticalStatus'];
      /** Up to 20 skills of at most 30 characters each; repeats are dropped. */
      skills?: string[];
      /** When the volunteer is usually free each week; kept in week order, repeats dropped. */
      availability?: components['schemas']['AvailabilitySlotDto'][];
      /** null removes it */
      emergencyContact?: components['schemas']['EmergencyContactDto'] | null;
    };
    CreatedInvitationView: {
      id: string;
      email: string | null;
      mobile: string | null;
      displayName: string;
      role: components['schemas']['Role'];
      organisationId: string | null;
      volunteerId: string | null;
      invitedBy: string | null;
      status: components['schemas']['InvitationStatus'];
      expiresAt: string;
      acceptedAt: string | null;
      /** The account it created */
      accountId: string | null;
      createdAt: string;
      /** The one-time token for /api/invitations/accept. Shown only here, once: only its hash is kept. */
      token: string;
    };
    DeadLetterPage: {
      items: components['schemas']['DeadLetterView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /** Services whose dead letters could not be read just now (left out of this page) */
      unavailable: components['schemas']['ServiceName'][];
    };
    DeadLetterStatus: 'parked' | 'replayed' | 'discarded';
    DeadLetterView: {
      id: string;
      /** The service that holds it (whose consumer gave up) */
      service: components['schemas']['ServiceName'];
      /** The consumer that gave up: the service name */
      consumer: string;
      /** The event id; null when the message was not readable as an event at all */
      eventId: string | null;
      /** The event subject (see docs/events.md) */
      subject: string;
      /** The event as it arrived: its envelope when it was JSON, else the raw text */
      event: { [key: string]: unknown } | string;
      /** Why it was parked: the last error */
      error: string;
      /** Deliveries attempted before it was parked */
      deliveries: number;
      status: components['schemas']['DeadLetterStatus'];
      parkedAt: string;
      resolvedAt: string | null;
      /** The admin who replayed or discarded it */
      resolvedBy: string | null;
    };
    DecideDto: {
      decision: components['schemas']['IntakeDecision'];
      /** Required to refer */
      reason?: string;
    };
    EligibilityRuleDto: {
      kind: 'score' | 'answer' | 'answer_in';
      questionId?: string;
      op?: 'eq' | 'gte' | 'lte' | 'gt' | 'lt';
      value?: number | string;
      values?: string[];
      /** What the rule asks, in words */
      message: string;
    };
    EmergencyContactDto: {
      name: string;
      /** A mobile or landline number (0535-1234567) */
      phone: string;
    };
    EmergencyContactView: {
      name: string;
      phone: string;
    };
    EnrolDto: {
      /** The accepted application to enrol */
      applicationId: string;
    };
    EnrolmentStatus: 'active' | 'withdrawn';
    EnrolmentView: {
      id: string;
      programmeId: string;
      accountId: string;
      volunteerId: string | null;
      displayName: string;
      status: components['schemas']['EnrolmentStatus'];
      enrolledAt: string;
      withdrawnAt: string | null;
    };
    /** What every error answers. `code` is stable and machine-readable; each operation lists the codes it may answer per status. */
    ErrorBody: {
      /** The HTTP status, repeated */
      statusCode: number;
      code: string;
      /** For a person */
      message: string;
      /** VALIDATION_FAILED: the fields that did not validate; other codes: the values involved */
      details?: components['schemas']['FieldError'][] | { [key: string]: unknown };
    };
    EventAttachmentDto: {
      name: string;
      /** Where the file is; give this or storageKey */
      url?: string | null;
      /** The object-storage key of the file; give this or url */
      storageKey?: string | null;
      /** Bytes */
      size: number;
      mimeType: string;
    };
    EventChangeRequestDto: {
      comment: string;
    };
    EventContactDto: {
      name: string;
      /** A mobile or landline number (digits, +, -, spaces) */
      phone: string;
    };
    EventExportFormat: 'csv' | 'xlsx';
    EventHistoryAction:
      'create' | 'submit' | 'request_changes' | 'approve' | 'reject' | 'cancel' | 'complete' | 'change';
    EventHistoryView: {
      /** Oldest first */
      items: components['schemas']['EventTransitionView'][];
    };
    /** The organisation's decision; null while undecided */
    EventHoursDecision: 'confirmed' | 'disputed';
    EventHoursDisputeDto: {
      reason: string;
    };
    EventHoursList: {
      /** In the order they were recorded */
      items: components['schemas']['EventHoursView'][];
    };
    EventHoursView: {
      hoursRecordId: string;
      shiftId: string;
      volunteerId: string;
      /** As volunteers shows it to partners (no contact details) */
      volunteerName: string;
      hours: number;
      /** volunteers' status of the record */
      recordStatus: string;
      checkedInAt: string | null;
      checkedOutAt: string | null;
      version: number;
      /** The organisation's decision; null while undecided */
      decision: components['schemas']['EventHoursDecision'] | null;
      /** Why it was disputed */
      reason: string | null;
      certifiedBy: string | null;
      certifiedAt: string | null;
    };
    EventKind: 'elderly_care_visit' | 'fire_safety_talk' | 'health_screening' | 'community_service' | 'other';
    EventNoteDto: {
      comment?: string;
    };
    EventOccurrenceView: {
      /** Its local date: stable across edits of the time */
      key: string;
      startsAt: string;
      endsAt: string;
    };
    EventReasonDto: {
      reason: string;
    };
    EventRecurrenceDto: {
      /** ISO weekdays the event repeats on: 1 Monday … 7 Sunday */
      daysOfWeek: number[];
      /** The last local date it may fall on */
      until: string;
    };
    EventRegistrationPage: {
      items: components['schemas']['EventRegistrationView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    EventRegistrationView: {
      id: string;
      organisationId: string;
      organisationName: string;
      projectId: string | null;
      title: string;
      description: string | null;
      kind: components['schemas']['EventKind'];
      community: string | null;
      venue: components['schemas']['EventVenueDto'];
      schedule: components['schemas']['EventScheduleDto'];
      occurrences: components['schemas']['EventOccurrenceView'][];
      roles: components['schemas']['EventRoleDto'][];
      contact: components['schemas']['EventContactDto'] | null;
      attachments: components['schemas']['EventAttachmentDto'][];
      status: components['schemas']['EventStatus'];
      /** Why it was rejected or cancelled */
      statusReason: string | null;
      /** Grows with every change; send it back with an edit */
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    EventRoleDto: {
      /** Stable within the event (lower-case letters, digits, -): keep it when editing the role */
      key: string;
      name: string;
      /** Volunteers needed per occurrence */
      count: number;
      requiredSkills?: string[];
      requiredCertifications?: string[];
      /** auto: a sign-up takes a place at once; approval: it waits for a coordinator */
      signupMode?: components['schemas']['EventSignupMode'];
    };
    EventScheduleDto: {
      /** The (first) occurrence’s start */
      startsAt: string;
      /** Its end: at most 24 hours later */
      endsAt: string;
      /** Weekly on the given days until a date (at most 60 occurrences); none for one occurrence */
      recurrence?: components['schemas']['EventRecurrenceDto'] | null;
    };
    EventShiftStaffingView: {
      shiftId: string;
      /** Once volunteers reports it */
      roleKey: string | null;
      /** Once volunteers reports it */
      occurrenceKey: string | null;
      /** Places */
      capacity: number;
      confirmed: number;
      waitlisted: number;
      /** Sign-ups waiting for approval */
      pending: number;
      startsAt: string;
      /** Under-staffed within 48 hours of its start */
      atRisk: boolean;
      countedAt: string;
    };
    /** auto: a sign-up takes a place at once; approval: it waits for a coordinator */
    EventSignupMode: 'auto' | 'approval';
    EventStaffingView: {
      eventId: string;
      /** Roles' counts × occurrences */
      needed: number;
      confirmed: number;
      waitlisted: number;
      pending: number;
      fullyStaffed: boolean;
      /** Approved and under-staffed within 48 hours of a start */
      atRisk: boolean;
      /** Soonest first */
      shifts: components['schemas']['EventShiftStaffingView'][];
    };
    EventStatus:
      'draft' | 'submitted' | 'changes_requested' | 'approved' | 'rejected' | 'completed' | 'cancelled';
    EventTransitionView: {
      id: string;
      action: components['schemas']['EventHistoryAction'];
      fromStatus: components['schemas']['EventStatus'] | null;
      toStatus: components['schemas']['EventStatus'];
      byAccount: string;
      byName: string;
      /** The role they acted in */
      byRole: string;
      comment: string | null;
      version: number;
      at: string;
    };
    EventVenueDto: {
      name: string;
      address?: string | null;
      latitude?: number | null;
      longitude?: number | null;
    };
    FacilitatorDto: {
      /** The facilitator’s account (identity) */
      accountId: string;
      role: components['schemas']['FacilitatorRole'];
      /** A peer facilitator’s volunteer profile (required for peers): their hours are recorded there */
      volunteerId?: string;
      displayName: string;
    };
    FacilitatorRole: 'counsellor' | 'peer';
    FacilitatorView: {
      accountId: string;
      role: components['schemas']['FacilitatorRole'];
      volunteerId: string | null;
      displayName: string;
    };
    /** A field that did not validate, and why. */
    FieldError: {
      /** Dotted path of the field in the request */
      field: string;
      messages: string[];
    };
    FindInvitationsRequest: { [key: string]: unknown };
    FindOrganisationsRequest: { [key: string]: unknown };
    GiveConsentDto: {
      /** The version of the privacy policy consented to */
      policyVersion: string;
    };
    HoursAdjustmentView: {
      previousHours: string;
      hours: string;
      reason: string;
      /** Account */
      adjustedBy: string;
      adjustedAt: string;
    };
    HoursExportFormat: 'csv' | 'xlsx';
    HoursRecordDetailView: {
      id: string;
      volunteerId: string;
      shiftId: string;
      attendanceId: string;
      teamId: string | null;
      serviceDate: string;
      hours: string;
      computedHours: string;
      /** Taken off by the 8-hour daily limit */
      trimmedHours: string;
      /** disputed: the partner that hosted the shift disputed the hours (disputeReason); a coordinator settles it */
      status: components['schemas']['HoursStatus'];
      /** Account */
      recordedBy: string | null;
      /** Account */
      verifiedBy: string | null;
      verifiedAt: string | null;
      /** The partner organisation that certified the hours, if one did */
      verifierOrganisationId: string | null;
      verifierOrganisationName: string | null;
      /** Why the hosting partner disputed the hours (kept after a coordinator settles them) */
      disputeReason: string | null;
      disputedAt: string | null;
      adjustments: components['schemas']['HoursAdjustmentView'][];
    };
    HoursRecordView: {
      id: string;
      volunteerId: string;
      shiftId: string;
      attendanceId: string;
      teamId: string | null;
      serviceDate: string;
      hours: string;
      computedHours: string;
      /** Taken off by the 8-hour daily limit */
      trimmedHours: string;
      /** disputed: the partner that hosted the shift disputed the hours (disputeReason); a coordinator settles it */
      status: components['schemas']['HoursStatus'];
      /** Account */
      recordedBy: string | null;
      /** Account */
      verifiedBy: string | null;
      verifiedAt: string | null;
      /** The partner organisation that certified the hours, if one did */
      verifierOrganisationId: string | null;
      verifierOrganisationName: string | null;
      /** Why the hosting partner disputed the hours (kept after a coordinator settles them) */
      disputeReason: string | null;
      disputedAt: string | null;
    };
    /** disputed: the partner that hosted the shift disputed the hours (disputeReason); a coordinator settles it */
    HoursStatus: 'recorded' | 'verified' | 'disputed';
    HoursTotalView: {
      /** Team id or YYYY-MM */
      key: string | null;
      /** Team name */
      label: string | null;
      hours: string;
      /** Volunteers with verified hours */
      volunteers: number;
    };
    HoursTotalsBy: 'team' | 'month';
    InboxItemView: {
      /** The inbox’s own id */
      id: string;
      /** The sender’s id of the item */
      itemId: string;
      organisationId: string;
      kind: string;
      title: string;
      summary: string | null;
      origin: components['schemas']['InboxOriginView'];
      /** Display fields the sender added */
      details: { [key: string]: string | number | boolean } | null;
      dueAt: string | null;
      sentAt: string;
      receivedAt: string;
      status: components['schemas']['InboxStatus'];
      acceptedAt: string | null;
      acceptedBy: string | null;
      /** Once completed or declined */
      outcome: components['schemas']['InboxOutcomeView'] | null;
    };
    InboxOriginView: {
      service: string;
      entityType: string;
      entityId: string;
    };
    InboxOutcome: 'completed' | 'declined';
    InboxOutcomeView: {
      status: components['schemas']['InboxOutcome'];
      category: string | null;
      notes: string | null;
      recordedAt: string;
      recordedBy: components['schemas']['InboxPersonView'];
    };
    InboxPage: {
      items: components['schemas']['InboxItemView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    InboxPersonView: {
      accountId: string;
      displayName: string;
    };
    InboxStatus: 'received' | 'accepted' | 'completed' | 'declined';
    IntakeDecision: 'accept' | 'waitlist' | 'refer';
    IntakeView: {
      programmeId: string;
      definition: components['schemas']['SurveyDefinitionDto'];
      eligibility: components['schemas']['EligibilityRuleDto'][];
      publishedAt: string | null;
      version: number;
    };
    InvitationPage: {
      items: components['schemas']['InvitationView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    InvitationStatus: 'pending' | 'accepted' | 'expired';
    InvitationView: {
      id: string;
      email: string | null;
      mobile: string | null;
      displayName: string;
      role: components['schemas']['Role'];
      organisationId: string | null;
      volunteerId: string | null;
      invitedBy: string | null;
      status: components['schemas']['InvitationStatus'];
      expiresAt: string;
      acceptedAt: string | null;
      /** The account it created */
      accountId: string | null;
      createdAt: string;
    };
    InviteMemberDto: {
      email: string;
      displayName: string;
      role: components['schemas']['OrganisationRole'];
    };
    InvitedMemberView: {
      member: components['schemas']['MemberView'];
      invitation: components['schemas']['MemberInvitationView'];
    };
    JwkAlgorithm: 'EdDSA';
    JwkCurve: 'Ed25519';
    JwkKeyType: 'OKP';
    JwkUse: 'sig';
    JwkView: {
      kty: components['schemas']['JwkKeyType'];
      crv: components['schemas']['JwkCurve'];
      /** The public key (base64url) */
      x: string;
      kid: string;
      alg: components['schemas']['JwkAlgorithm'];
      use: components['schemas']['JwkUse'];
    };
    JwksView: {
      keys: components['schemas']['JwkView'][];
    };
    LeaderboardRowView: {
      /** Equal points share a rank */
      rank: number;
      volunteerId: string;
      name: string;
      points: number;
    };
    LocationDto: {
      /** Community or venue */
      venue: string;
      address?: string;
      /** With longitude */
      latitude?: number;
      /** With latitude */
      longitude?: number;
    };
    LocationView: {
      venue: string;
      address: string | null;
      latitude: number | null;
      longitude: number | null;
    };
    LoginDto: {
      /** Email address or mainland mobile number */
      login: string;
      password: string;
    };
    MemberInvitationView: {
      id: string;
      /** The one-time token; shown here only */
      token: string;
      /** The portal path to send the new member (relative to the portal’s address) */
      link: string;
      expiresAt: string;
    };
    MemberPage: {
      items: components['schemas']['MemberView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    /** suspended: refused by partners; active: reinstated (invited again until they accept) */
    MemberStanding: 'active' | 'suspended';
    MemberStatus: 'invited' | 'active' | 'suspended';
    MemberView: {
      id: string;
      organisationId: string;
      /** Once the invitation is accepted */
      accountId: string | null;
      email: string;
      displayName: string;
      role: components['schemas']['OrganisationRole'];
      status: components['schemas']['MemberStatus'];
      createdAt: string;
      updatedAt: string;
    };
    MonthHoursView: {
      month: string;
      hours: string;
    };
    NoShowDto: {
      reason?: string;
    };
    NoteView: {
      id: string;
      programmeId: string;
      sessionId: string | null;
      enrolmentId: string | null;
      correctsId: string | null;
      authorId: string;
      authorName: string;
      /** The text: for the programme’s counsellors only; null for admins, who see that the note exists */
      body: string | null;
      /** Whether `body` is shown to the caller */
      contentVisible: boolean;
      createdAt: string;
    };
    NotificationDetailsView: {
      shiftTitle?: string;
      startsAt?: string;
      venue?: string;
      reason?: string | null;
    };
    NotificationKind:
      | 'waitlist_promoted'
      | 'waitlist_offered'
      | 'waitlist_offer_expired'
      | 'shift_changed'
      | 'shift_cancelled'
      | 'shift_reminder';
    NotificationOrder: 'unread_first' | 'newest';
    NotificationPage: {
      items: components['schemas']['NotificationView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
      /** All unread notifications, not only this page */
      unreadCount: number;
    };
    NotificationView: {
      id: string;
      kind: components['schemas']['NotificationKind'];
      shiftId: string | null;
      message: string;
      /** The shift as it was */
      details: components['schemas']['NotificationDetailsView'] | null;
      read: boolean;
      readAt: string | null;
      createdAt: string;
    };
    NumberScoreBandDto: {
      min?: number;
      max?: number;
      score: number;
    };
    OrganisationContactDto: {
      name: string;
      title?: string | null;
      /** A mainland mobile number or a landline with its area code */
      phone?: string | null;
      email?: string | null;
    };
    OrganisationContactView: {
      name: string;
      title: string | null;
      phone: string | null;
      email: string | null;
    };
    OrganisationKind:
      | 'residents_committee'
      | 'hospital'
      | 'foundation'
      | 'street_social_work_station'
      | 'social_work_ngo'
      | 'ngo'
      | 'college'
      | 'party_branch'
      | 'other';
    OrganisationPage: {
      items: components['schemas']['OrganisationView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    OrganisationRole: 'manager' | 'staff';
    OrganisationStatus: 'active' | 'suspended';
    OrganisationView: {
      id: string;
      name: string;
      kind: components['schemas']['OrganisationKind'];
      district: string | null;
      status: components['schemas']['OrganisationStatus'];
      address: string | null;
      communities: string[];
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      contacts: components['schemas']['OrganisationContactView'][];
      createdAt: string;
      updatedAt: string;
    };
    PartnerOrganisationList: {
      items: components['schemas']['PartnerOrganisationView'][];
    };
    PartnerOrganisationView: {
      id: string;
      name: string;
      kind: string;
      district: string | null;
    };
    PointsEntryKind: 'per_verified_hour' | 'led_shift' | 'training_attended' | 'manual_award';
    PointsEntryView: {
      id: string;
      kind: components['schemas']['PointsEntryKind'];
      /** Negative when points were taken back */
      points: number;
      reason: string;
      sourceType: components['schemas']['PointsSourceType'];
      /** Id of the record the points came from */
      sourceId: string;
      createdAt: string;
    };
    PointsSourceType: 'hours_record' | 'hours_adjustment' | 'shift' | 'training' | 'manual_award';
    PointsView: {
      balance: number;
      /** The latest 200, newest first */
      entries: components['schemas']['PointsEntryView'][];
    };
    PoliticalStatus: 'masses' | 'youth_league_member' | 'party_member' | 'party_activist';
    ProgrammeKind: 'sand_tray_salon' | 'listening_group' | 'peer_smoking_cessation' | 'other';
    ProgrammePage: {
      items: components['schemas']['ProgrammeView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    ProgrammeStatus: 'draft' | 'open' | 'closed';
    ProgrammeView: {
      id: string;
      title: string;
      kind: components['schemas']['ProgrammeKind'];
      description: string | null;
      capacity: number;
      startsOn: string;
      endsOn: string;
      confidential: boolean;
      /** The same as `confidential`, in words */
      confidentiality: 'standard' | 'confidential';
      status: components['schemas']['ProgrammeStatus'];
      facilitators: components['schemas']['FacilitatorView'][];
      createdAt: string;
      updatedAt: string;
    };
    ProjectDetailView: {
      id: string;
      name: string;
      goal: string;
      startsOn: string;
      endsOn: string | null;
      status: components['schemas']['ProjectStatus'];
      /** In the order the coordinator listed them */
      partners: components['schemas']['ProjectPartnerView'][];
      createdAt: string;
      updatedAt: string;
      /** Its events as the caller may see them, soonest first */
      events: components['schemas']['ProjectEventView'][];
      summary: components['schemas']['ProjectTotalsView'];
    };
    ProjectEventView: {
      eventId: string;
      title: string;
      organisationId: string;
      status: string;
      startsAt: string | null;
      volunteersNeeded: number;
      volunteersConfirmed: number;
      verifiedHours: number;
    };
    ProjectPage: {
      items: components['schemas']['ProjectView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    ProjectPartnerInput: {
      organisationId: string;
      role: components['schemas']['ProjectRole'];
    };
    ProjectPartnerView: {
      organisationId: string;
      name: string;
      kind: components['schemas']['OrganisationKind'];
      organisationStatus: components['schemas']['OrganisationStatus'];
      role: components['schemas']['ProjectRole'];
    };
    ProjectRole: 'lead' | 'co_organiser' | 'funder' | 'medical_partner' | 'community_host';
    ProjectStatus: 'planned' | 'active' | 'completed' | 'cancelled';
    ProjectTotalsView: {
      eventsCount: number;
      volunteersNeeded: number;
      volunteersConfirmed: number;
      /** Hours verified at its events to date */
      verifiedHours: number;
    };
    ProjectView: {
      id: string;
      name: string;
      goal: string;
      startsOn: string;
      endsOn: string | null;
      status: components['schemas']['ProjectStatus'];
      /** In the order the coordinator listed them */
      partners: components['schemas']['ProjectPartnerView'][];
      createdAt: string;
      updatedAt: string;
    };
    PutMemberDto: {
      role: components['schemas']['TeamRole'];
    };
    QuestionDto: {
      /** Lower case letters, digits and _ */
      id: string;
      type: components['schemas']['QuestionType'];
      text: string;
      required?: boolean;
      options?: components['schemas']['ChoiceOptionDto'][];
      min?: number;
      max?: number;
      scoreBands?: components['schemas']['NumberScoreBandDto'][];
      /** scale: the chosen point counts in the total */
      scored?: boolean;
    };
    QuestionType: 'choice' | 'number' | 'text' | 'scale';
    RecordAttendanceDto: {
      volunteerId: string;
      checkedInAt: string;
      checkedOutAt?: string;
      reason: string;
    };
    RecordConsentDto: {
      /** The version of the participation consent text agreed to */
      participationVersion: string;
      /** The version of the data-processing notice agreed to */
      dataProcessingVersion: string;
      /** Must be true: consent to take part and to data processing */
      agreed: boolean;
    };
    RecordOutcomeDto: {
      /** What came of it (accepting is POST …/accept) */
      status: components['schemas']['InboxOutcome'];
      /** In the item kind’s terms: lower-case words joined by underscores */
      category?: string;
      notes?: string;
    };
    RefreshTokenDto: {
      /** The refresh token from the last sign-in or refresh */
      refreshToken: string;
    };
    RejectSignupDto: {
      reason?: string;
    };
    RevokeCertificateDto: {
      reason: string;
    };
    Role: 'admin' | 'coordinator' | 'counsellor' | 'partner' | 'volunteer';
    RosterEntryView: {
      id: string;
      shiftId: string;
      volunteerId: string;
      status: components['schemas']['SignupStatus'];
      /** Place in line now (1 is next), when waitlisted */
      waitlistPosition: number | null;
      /** Claim by then, when offered */
      offerExpiresAt: string | null;
      /** Signed up by a coordinator */
      assigned: boolean;
      overrideReason: string | null;
      confirmedAt: string | null;
      cancelledAt: string | null;
      createdAt: string;
      updatedAt: string;
      volunteer: components['schemas']['RosterVolunteerView'];
    };
    RosterPage: {
      items: components['schemas']['RosterEntryView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    RosterVolunteerView: {
      name: string;
      studentNumber: string;
      mobile: string;
    };
    ScanDto: {
      /** The scanned QR content */
      code: string;
      lat?: number;
      lng?: number;
    };
    ScheduleSessionsDto: {
      /** One session or the whole schedule */
      sessions: components['schemas']['SessionDto'][];
    };
    ScoreBandDto: {
      min: number;
      max: number;
      label: string;
    };
    ServiceName: 'identity' | 'volunteers' | 'partners' | 'screening' | 'counselling';
    SessionDto: {
      startsAt: string;
      /** After startsAt */
      endsAt: string;
      place: string;
      topic: string;
    };
    SessionStatus: 'scheduled' | 'completed' | 'cancelled';
    SessionView: {
      id: string;
      programmeId: string;
      startsAt: string;
      endsAt: string;
      place: string;
      topic: string;
      status: components['schemas']['SessionStatus'];
      completedAt: string | null;
    };
    SetFacilitatorsDto: {
      /** The programme’s facilitators from now on; at least one counsellor */
      facilitators: components['schemas']['FacilitatorDto'][];
    };
    SetIntakeDto: {
      /** Start from a built-in survey (ftnd: the six FTND items with the quit group’s eligibility rules) */
      template?: 'ftnd';
      /** Questions and scoring; required without a template */
      definition?: components['schemas']['SurveyDefinitionDto'];
      /** All must hold; replaces the template’s */
      eligibility?: components['schemas']['EligibilityRuleDto'][];
      /** Publish it: students of an open programme may answer it */
      publish?: boolean;
    };
    /** Close or reopen sign-ups, or complete it */
    SettableShiftStatus: 'open' | 'closed' | 'completed';
    ShiftFit: 'me';
    ShiftPage: {
      items: components['schemas']['ShiftView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    ShiftSourceType: 'manual' | 'screening_session' | 'partner_event';
    ShiftSourceView: {
      type: components['schemas']['ShiftSourceType'];
      /** The session or event, if any */
      id: string | null;
    };
    /** completed once its end has passed, even if nobody marked it so */
    ShiftStatus: 'open' | 'full' | 'closed' | 'cancelled' | 'completed';
    ShiftTime: 'upcoming' | 'past' | 'all';
    ShiftView: {
      id: string;
      title: string;
      description: string | null;
      location: components['schemas']['LocationView'];
      startsAt: string;
      endsAt: string;
      capacity: number;
      /** Confirmed sign-ups plus outstanding waitlist offers */
      seatsTaken: number;
      seatsLeft: number;
      requiredSkills: string[];
      requiredCertifications: string[];
      teamId: string | null;
      opensAt: string | null;
      closesAt: string | null;
      signUpMode: components['schemas']['SignUpMode'];
      waitlistPromotion: components['schemas']['WaitlistPromotion'];
      offerClaimMinutes: number;
      cancellationCutoffHours: number;
      /** completed once its end has passed, even if nobody marked it so */
      status: components['schemas']['ShiftStatus'];
      cancelReason: string | null;
      source: components['schemas']['ShiftSourceView'];
      createdAt: string;
      updatedAt: string;
    };
    SignUpDto: {
      /** Let it overlap another confirmed shift (coordinators; needs a reason) */
      override?: boolean;
      reason?: string;
      /** Whom to sign up (coordinators); leave out to sign up yourself */
      volunteerId?: string;
    };
    SignUpMode: 'auto' | 'approval';
    SignupStatus: 'pending' | 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'rejected' | 'expired';
    SignupView: {
      id: string;
      shiftId: string;
      volunteerId: string;
      status: components['schemas']['SignupStatus'];
      /** Place in line now (1 is next), when waitlisted */
      waitlistPosition: number | null;
      /** Claim by then, when offered */
      offerExpiresAt: string | null;
      /** Signed up by a coordinator */
      assigned: boolean;
      overrideReason: string | null;
      confirmedAt: string | null;
      cancelledAt: string | null;
      createdAt: string;
      updatedAt: string;
    };
    StarLevelView: {
      level: number;
      /** null at 5 stars */
      nextLevelAtHours: number | null;
      hoursToNextLevel: string | null;
    };
    SurveyDefinitionDto: {
      /** The instrument the total is; outcomes are measured under it */
      instrument: string;
      questions: components['schemas']['QuestionDto'][];
      bands: components['schemas']['ScoreBandDto'][];
      /** Whether a lower total is better (a dependence or distress score) */
      lowerIsBetter: boolean;
    };
    TeamMemberPage: {
      items: components['schemas']['TeamMemberView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    TeamMemberView: {
      volunteerId: string;
      role: components['schemas']['TeamRole'];
      name: string;
      studentNumber: string;
      department: string | null;
      mobile: string;
      skills: string[];
      addedAt: string;
    };
    TeamPage: {
      items: components['schemas']['TeamView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    TeamRole: 'leader' | 'member';
    TeamView: {
      id: string;
      name: string;
      description: string | null;
      createdAt: string;
      updatedAt: string;
    };
    TokenResponse: {
      /** JWT (EdDSA) for Authorization: Bearer … */
      accessToken: string;
      tokenType: components['schemas']['TokenType'];
      /** Seconds until the access token expires */
      expiresIn: number;
      /** Opaque, single use: trade it at /api/auth/refresh for a new pair */
      refreshToken: string;
    };
    TokenType: 'Bearer';
    UpdateContactDto: {
      contactName?: string;
      contactPhone?: string;
      contactEmail?: string;
      /** Further people to reach there beside the main contact (at most 10); replaces the list */
      contacts?: components['schemas']['OrganisationContactDto'][];
    };
    UpdateEventRegistrationDto: {
      title?: string;
      description?: string | null;
      kind?: components['schemas']['EventKind'];
      community?: string | null;
      venue?: components['schemas']['EventVenueDto'];
      schedule?: components['schemas']['EventScheduleDto'];
      /** 1 to 20 roles, each with its own key */
      roles?: components['schemas']['EventRoleDto'][];
      /** Who to call on the day */
      contact?: components['schemas']['EventContactDto'] | null;
      /** Up to 10 files’ metadata */
      attachments?: components['schemas']['EventAttachmentDto'][];
      /** The joint project it belongs to */
      projectId?: string | null;
      /** The version the edit was made from */
      version?: number;
    };
    UpdateMemberDto: {
      role?: components['schemas']['OrganisationRole'];
      /** suspended: refused by partners; active: reinstated (invited again until they accept) */
      status?: components['schemas']['MemberStanding'];
    };
    UpdateOrganisationDto: {
      name?: string;
      kind?: components['schemas']['OrganisationKind'];
      district?: string | null;
      address?: string | null;
      /** The communities it serves, by name (at most 50, no repeats); replaces the list */
      communities?: string[];
      status?: components['schemas']['OrganisationStatus'];
    };
    UpdateProgrammeDto: {
      title?: string;
      description?: string;
      /** How many members may enrol */
      capacity?: number;
      /** Confidential (default): membership is visible only to the programme’s facilitators; standard: admins see it too */
      confidential?: boolean;
      status?: components['schemas']['ProgrammeStatus'];
    };
    UpdateProjectDto: {
      name?: string;
      goal?: string;
      startsOn?: string;
      endsOn?: string | null;
      /** planned → active → completed; planned or active → cancelled */
      status?: components['schemas']['ProjectStatus'];
      /** The organisations taking part, each once and in one role; exactly one lead. On a change, replaces the list. */
      partners?: components['schemas']['ProjectPartnerInput'][];
    };
    UpdateShiftDto: {
      title?: string;
      description?: string;
      startsAt?: string;
      /** At most 24 hours after startsAt */
      endsAt?: string;
      capacity?: number;
      /** Skills, exactly */
      requiredSkills?: string[];
      /** Certifications that must be valid on every date of the shift */
      requiredCertifications?: string[];
      /** Only members of this team may sign up (a leader must give one of their teams) */
      teamId?: string | null;
      /** Sign-ups open (default: now) */
      opensAt?: string | null;
      /** Sign-ups close (default: when the shift starts) */
      closesAt?: string | null;
      signUpMode?: components['schemas']['SignUpMode'];
      /** When a seat frees up: confirm the first waitlisted at once, or offer it to them */
      waitlistPromotion?: components['schemas']['WaitlistPromotion'];
      /** Minutes to claim an offer */
      offerClaimMinutes?: number;
      /** Volunteers may cancel a confirmed seat until this many hours before the start */
      cancellationCutoffHours?: number;
      location?: components['schemas']['LocationDto'];
      /** Close or reopen sign-ups, or complete it */
      status?: components['schemas']['SettableShiftStatus'];
    };
    UpdateTeamDto: {
      /** Unique */
      name?: string;
      description?: string;
    };
    UpdateVolunteerDto: {
      department?: string;
      major?: string;
      className?: string;
      /** Mainland mobile number (11 digits) */
      mobile?: string;
      politicalStatus?: components['schemas']['PoliticalStatus'];
      /** Up to 20 skills of at most 30 characters each; repeats are dropped. */
      skills?: string[];
      /** When the volunteer is usually free each week; kept in week order, repeats dropped. */
      availability?: components['schemas']['AvailabilitySlotDto'][];
      /** null removes it */
      emergencyContact?: components['schemas']['EmergencyContactDto'] | null;
    };
    VolunteerHoursView: {
      /** Verified hours only */
      totalVerifiedHours: string;
      starLevel: components['schemas']['StarLevelView'];
      byMonth: components['schemas']['MonthHoursView'][];
      records: components['schemas']['HoursRecordView'][];
    };
    VolunteerPage: {
      items: components['schemas']['VolunteerView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    VolunteerView: {
      id: string;
      name: string;
      studentNumber: string;
      department: string | null;
      major: string | null;
      className: string | null;
      mobile: string;
      politicalStatus: components['schemas']['PoliticalStatus'] | null;
      skills: string[];
      availability: components['schemas']['AvailabilitySlotView'][];
      emergencyContact: components['schemas']['EmergencyContactView'] | null;
      certifications: components['schemas']['CertificationView'][];
      /** The latest consent given */
      consent: components['schemas']['ConsentView'] | null;
      createdAt: string;
      updatedAt: string;
    };
    /** When a seat frees up: confirm the first waitlisted at once, or offer it to them */
    WaitlistPromotion: 'auto' | 'offer';
    WithdrawDto: {
      reason?: string;
    };
    WriteNoteDto: {
      body: string;
      /** The session it is about */
      sessionId?: string;
      /** The member it is about */
      enrolmentId?: string;
      /** The note this one corrects (notes are never edited) */
      correctsId?: string;
    };
    'counselling.AttendanceStatus': 'present' | 'absent';
    'counselling.AttendanceView': {
      enrolmentId: string;
      status: components['schemas']['counselling.AttendanceStatus'];
      absenceReason: string | null;
      recordedAt: string;
    };
    'counselling.ConsentView': {
      id: string;
      programmeId: string;
      accountId: string;
      participationVersion: string;
      dataProcessingVersion: string;
      givenAt: string;
      /** The member, or the counsellor who recorded a signed form */
      recordedBy: string;
      withdrawnAt: string | null;
    };
    'counselling.RecordAttendanceDto': {
      /** One member, or the whole list, in one request */
      entries: components['schemas']['AttendanceEntryDto'][];
    };
  };
}

export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
