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
        /** Unprocessable: CHECK_IN_CODE_INVALID, CHECK_IN_CODE_EXPIRED, ATTENDANCE_NOT_CONFIRMED, ATTENDANCE_SHIFT_NOT_ACTIVE, CHECK_IN_TOO_EARLY, CHECK_IN_CLOSED, ATTENDANCE_NOT_CHECKED_IN, CHECK_OUT_CLOSED, ATTENDANCE_TIMES_INVALID, ATTENDANCE_IN_FUTURE, SCAN_TOO_OLD */
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
                | 'ATTENDANCE_TIMES_INVALID'
                | 'ATTENDANCE_IN_FUTURE'
                | 'SCAN_TOO_OLD';
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
    /** Change a campaign’s plan: what is given replaces what it had (partners, instruments and targets as whole lists) */
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
          'application/json': components['schemas']['UpdateCampaignDto'];
        };
      };
      responses: {
        200: {
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
        /** Conflict: CAMPAIGN_NOT_EDITABLE */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'CAMPAIGN_NOT_EDITABLE';
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
  '/api/campaigns/{id}/dashboard': {
    /** A campaign’s dashboard per community: screened vs target, positive rates, referrals, follow-ups; by age band and sex */
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
            'application/json': components['schemas']['DashboardView'];
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
  '/api/campaigns/{id}/export': {
    /** A campaign’s results, de-identified (pseudonym, community, birth year, sex; no name, ID number or phone), as CSV or XLSX */
    get: {
      parameters: {
        query?: {
          format?: components['schemas']['ExportFormat'];
        };
        header?: never;
        path: {
          id: string;
        };
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
  '/api/campaigns/{id}/import-template': {
    /** The stage-1 paper form as an XLSX template (Chinese headers, in the order the import expects) */
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
        /** The XLSX template */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
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
  '/api/campaigns/{id}/imports': {
    /** Import paper stage-1 forms (CSV or XLSX as the raw body): all rows checked first, then all imported in one transaction; the same file again returns the first import (200) */
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
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
          'text/csv': Blob;
        };
      };
      responses: {
        /** This file was imported before: nothing new was written */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ImportSummaryView'];
          };
        };
        /** Imported */
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ImportSummaryView'];
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
        /** Unprocessable: IMPORT_ROWS_INVALID, IMPORT_FILE_TYPE_UNSUPPORTED, IMPORT_FILE_UNREADABLE */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'IMPORT_ROWS_INVALID' | 'IMPORT_FILE_TYPE_UNSUPPORTED' | 'IMPORT_FILE_UNREADABLE';
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
  '/api/campaigns/{id}/sessions': {
    /** The campaign’s sessions, soonest first, each with its staffing */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
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
            'application/json': components['schemas']['ScreeningSessionPage'];
          };
        };
        /** Bad request: INVALID_CURSOR, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'INVALID_CURSOR' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
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
    /** Schedule a screening session of the campaign: community, venue, times and the screener roles it needs (each becomes a volunteer shift) */
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
          'application/json': components['schemas']['ScheduleSessionDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ScreeningSessionView'];
          };
        };
        /** Bad request: SESSION_ROLES_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'SESSION_ROLES_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
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
        /** Conflict: SESSION_CAMPAIGN_CLOSED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SESSION_CAMPAIGN_CLOSED';
            };
          };
        };
        /** Unprocessable: SESSION_COMMUNITY_NOT_IN_CAMPAIGN, SESSION_TIMES_INVALID */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'SESSION_COMMUNITY_NOT_IN_CAMPAIGN' | 'SESSION_TIMES_INVALID';
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
  '/api/campaigns/{id}/status': {
    /** Start a draft campaign, close an active one (completed), or cancel it */
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
          'application/json': components['schemas']['ChangeCampaignStatusDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CampaignView'];
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
        /** Conflict: CAMPAIGN_STATUS_CHANGE_INVALID */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'CAMPAIGN_STATUS_CHANGE_INVALID';
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
  '/api/campaigns/{id}/tasks': {
    /** A campaign’s work lists: stage-2 re-checks, referrals waiting or blocked, follow-ups; ?overdue=true for what is late (audited) */
    get: {
      parameters: {
        query?: {
          /** Why the data is read; kept in the audit trail (or send X-Access-Reason) */
          reason?: string;
          /** stage2: re-checks due; referral_outcome: referrals sent, waiting for the hospital; referral_blocked: referrals waiting for consent or a hospital; follow_up: planned visits and interventions */
          kind?: components['schemas']['PathwayTaskKind'];
          /** Only what is overdue (stage 2 past due, referral without outcome, visit missed) */
          overdue?: boolean;
          limit?: number;
        };
        header?: {
          /** Why the data is read (percent-encoded UTF-8); kept in the audit trail */
          'X-Access-Reason'?: string;
        };
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
            'application/json': components['schemas']['TaskList'];
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
  '/api/counselling/notifications': {
    /** The caller’s counselling notifications (buddy nudges), newest first */
    get: {
      parameters: {
        query?: {
          /** Only those not read yet */
          unread?: boolean;
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
            'application/json': components['schemas']['CounsellingNotificationView'][];
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
  '/api/counselling/notifications/{notificationId}/read': {
    /** Mark one of the caller’s notifications read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          notificationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CounsellingNotificationView'];
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
  '/api/handovers': {
    /** Hand-over batches, newest first (coordinators) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
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
            'application/json': components['schemas']['HandoverBatchPage'];
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
    /** Hand the period’s verified records not handed over yet to the national system as a numbered batch (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateHandoverDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['HandoverBatchView'];
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
        /** Unprocessable: HANDOVER_NOTHING_NEW */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'HANDOVER_NOTHING_NEW';
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
  '/api/handovers/summary': {
    /** How many verified records of a period wait to be handed over, and how many were (coordinators) */
    get: {
      parameters: {
        query: {
          /** First service date (local), inclusive */
          from: string;
          /** Last service date (local), inclusive */
          to: string;
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
            'application/json': components['schemas']['HandoverSummaryView'];
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
  '/api/handovers/{number}/file': {
    /** A batch as CSV or XLSX, as it was handed over (coordinators) */
    get: {
      parameters: {
        query: {
          format: components['schemas']['HandoverFileFormat'];
        };
        header?: never;
        path: {
          number: string;
        };
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
        /** Not found: HANDOVER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'HANDOVER_NOT_FOUND';
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
  '/api/hours/counselling-sessions': {
    /** Hours served at counselling sessions, newest first (a counsellor: the sessions of their programmes; coordinators: all) */
    get: {
      parameters: {
        query?: {
          status?: components['schemas']['HoursStatus'];
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
            'application/json': components['schemas']['CounsellingSessionHoursView'][];
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
  '/api/hours/counselling-sessions/{id}/reject': {
    /** Send the hours back with a reason: disputed, for a coordinator to settle */
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
          'application/json': components['schemas']['RejectHoursDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CounsellingSessionHoursView'];
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
        /** Conflict: HOURS_ALREADY_VERIFIED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'HOURS_ALREADY_VERIFIED';
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
  '/api/hours/counselling-sessions/{id}/verify': {
    /** Verify a peer facilitator’s hours at a session (the programme’s counsellors) */
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
            'application/json': components['schemas']['CounsellingSessionHoursView'];
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
  '/api/hours/declarations': {
    /** Declarations to review, newest first (coordinators: all; a leader: their teams’ shifts’, not their own) */
    get: {
      parameters: {
        query?: {
          status?: components['schemas']['DeclarationStatus'];
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
            'application/json': components['schemas']['HoursDeclarationView'][];
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
    /** Declare hours served after a shift or outside Linkage, for a coordinator, the shift’s leader or the partner named to confirm */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DeclareHoursDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['HoursDeclarationView'];
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
        /** Not found: DECLARATION_SHIFT_NOT_FOUND, DECLARATION_PARTNER_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'DECLARATION_SHIFT_NOT_FOUND' | 'DECLARATION_PARTNER_NOT_FOUND';
            };
          };
        };
        /** Unprocessable: DECLARATION_IN_FUTURE, DECLARATION_SHIFT_NOT_ENDED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'DECLARATION_IN_FUTURE' | 'DECLARATION_SHIFT_NOT_ENDED';
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
  '/api/hours/declarations/me': {
    /** The signed-in volunteer’s declarations, newest first */
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
            'application/json': components['schemas']['HoursDeclarationView'][];
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
  '/api/hours/declarations/{id}/confirm': {
    /** Confirm: the hours are recorded and verified by the reviewer, and count */
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
            'application/json': components['schemas']['HoursDeclarationView'];
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
        /** Not found: DECLARATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'DECLARATION_NOT_FOUND';
            };
          };
        };
        /** Conflict: DECLARATION_ALREADY_REVIEWED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'DECLARATION_ALREADY_REVIEWED';
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
  '/api/hours/declarations/{id}/reject': {
    /** Reject with a reason the volunteer reads; the hours do not count */
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
          'application/json': components['schemas']['RejectDeclarationDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['HoursDeclarationView'];
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
        /** Not found: DECLARATION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'DECLARATION_NOT_FOUND';
            };
          };
        };
        /** Conflict: DECLARATION_ALREADY_REVIEWED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'DECLARATION_ALREADY_REVIEWED';
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
          'application/json': components['schemas']['ProgrammeConsentDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ProgrammeConsentView'];
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
  '/api/programmes/{programmeId}/buddies': {
    /** The programme’s buddy pairs (its counsellors) */
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
            'application/json': components['schemas']['BuddyPairView'][];
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
    /** Pair two active members as buddies (the programme’s counsellors) */
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
          'application/json': components['schemas']['PairBuddiesDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['BuddyPairView'];
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
        /** Conflict: ENROLMENT_WITHDRAWN, ALREADY_PAIRED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'ENROLMENT_WITHDRAWN' | 'ALREADY_PAIRED';
            };
          };
        };
        /** Unprocessable: SAME_MEMBER */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'SAME_MEMBER';
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
  '/api/programmes/{programmeId}/buddies/me': {
    /** The caller’s buddy: name, smoke-free streak and last check-in day only (never notes or answers) */
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
            'application/json': components['schemas']['BuddyView'];
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
        /** Not found: ENROLMENT_NOT_FOUND, NOT_PAIRED */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ENROLMENT_NOT_FOUND' | 'NOT_PAIRED';
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
  '/api/programmes/{programmeId}/buddies/{enrolmentId}': {
    /** End the member’s buddy pair (the member, or the programme’s counsellors) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          enrolmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** Unpaired */
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
        /** Not found: ENROLMENT_NOT_FOUND, NOT_PAIRED */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ENROLMENT_NOT_FOUND' | 'NOT_PAIRED';
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
  '/api/programmes/{programmeId}/buddy-requests': {
    /** The caller’s buddy requests, made and received */
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
            'application/json': components['schemas']['BuddyRequestListView'][];
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
    /** Ask another member to be your buddy; if they had asked you, you are paired at once */
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
          'application/json': components['schemas']['BuddyRequestDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['BuddyRequestView'];
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
        /** Conflict: ENROLMENT_WITHDRAWN, ALREADY_PAIRED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'ENROLMENT_WITHDRAWN' | 'ALREADY_PAIRED';
            };
          };
        };
        /** Unprocessable: SAME_MEMBER */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'SAME_MEMBER';
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
  '/api/programmes/{programmeId}/buddy-requests/{requestId}/accept': {
    /** Accept a buddy request addressed to you: you are paired */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['BuddyPairView'];
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
        /** Not found: ENROLMENT_NOT_FOUND, BUDDY_REQUEST_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ENROLMENT_NOT_FOUND' | 'BUDDY_REQUEST_NOT_FOUND';
            };
          };
        };
        /** Conflict: ALREADY_PAIRED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'ALREADY_PAIRED';
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
  '/api/programmes/{programmeId}/check-ins': {
    /** Check in for today (Asia/Shanghai): cigarettes, craving, mood, lapse, a note; sent again the same day it replaces the first */
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
          'application/json': components['schemas']['DailyCheckInDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['DailyCheckInView'];
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
  '/api/programmes/{programmeId}/enrolments/{enrolmentId}/check-ins': {
    /** The member’s check-ins, newest first (the member, or its counsellors: audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          enrolmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['DailyCheckInView'][];
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
  '/api/programmes/{programmeId}/enrolments/{enrolmentId}/goal': {
    /** The member’s quitting goal (the member or its counsellors) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          enrolmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['QuitGoalView'];
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
        /** Not found: ENROLMENT_NOT_FOUND, GOAL_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ENROLMENT_NOT_FOUND' | 'GOAL_NOT_FOUND';
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
    /** Set the member’s quitting goal: quit date and target cigarettes a day (the member or its counsellors) */
    put: {
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
          'application/json': components['schemas']['SetQuitGoalDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['QuitGoalView'];
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
  '/api/programmes/{programmeId}/enrolments/{enrolmentId}/progress': {
    /** Smoke-free streak, last check-in day and 7-day point prevalence at weeks 4, 12 and 26 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          programmeId: string;
          enrolmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['QuitProgressView'];
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
  '/api/programmes/{programmeId}/outcomes/export': {
    /** The group outcomes as XLSX (Chinese headings), suppressed as in the report */
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
        /** The file */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
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
  '/api/programmes/{programmeId}/outcomes/measures': {
    /** Individual measures: every member’s for the programme’s counsellors, a member their own */
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
            'application/json': components['schemas']['MeasureView'][];
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
    /** Record a member’s pre or post measure: answers to a scored survey (the intake survey or FTND); again replaces it */
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
          'application/json': components['schemas']['RecordMeasureDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['MeasureView'];
          };
        };
        /** Bad request: MEASURE_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'MEASURE_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
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
        /** Not found: ENROLMENT_NOT_FOUND, INTAKE_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'ENROLMENT_NOT_FOUND' | 'INTAKE_NOT_FOUND';
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
        /** Unprocessable: SURVEY_NOT_SCORED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'SURVEY_NOT_SCORED';
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
  '/api/programmes/{programmeId}/outcomes/report': {
    /** Group outcomes: per measure mean change and share improved, abstinence at weeks 4/12/26; any figure from fewer than 5 people suppressed */
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
            'application/json': components['schemas']['OutcomeReportView'];
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
            'application/json': components['schemas']['SessionAttendanceView'][];
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
          'application/json': components['schemas']['RecordSessionAttendanceDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['SessionAttendanceView'][];
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
        /** Conflict: SESSION_NOT_OPEN, SESSION_NOT_STARTED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SESSION_NOT_OPEN' | 'SESSION_NOT_STARTED';
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
  '/api/referrals/{id}/send': {
    /** Send a referral that waited (for the resident’s hospital_sharing consent, or a hospital partner) to the hospital’s inbox */
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
            'application/json': components['schemas']['ReferralView'];
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
        /** Not found: REFERRAL_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'REFERRAL_NOT_FOUND';
            };
          };
        };
        /** Conflict: REFERRAL_ALREADY_SENT */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'REFERRAL_ALREADY_SENT';
            };
          };
        };
        /** Unprocessable: REFERRAL_CONSENT_REQUIRED, REFERRAL_NO_HOSPITAL */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'REFERRAL_CONSENT_REQUIRED' | 'REFERRAL_NO_HOSPITAL';
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
  '/api/residents': {
    /** A campaign’s residents, newest first, without their encrypted fields (audited) */
    get: {
      parameters: {
        query: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** Why the data is read; kept in the audit trail (or send X-Access-Reason) */
          reason?: string;
          campaignId: string;
          community?: string;
        };
        header?: {
          /** Why the data is read (percent-encoded UTF-8); kept in the audit trail */
          'X-Access-Reason'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ResidentPage'];
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
    /** Register a resident in a campaign, with the consents taken first; ID number, phones and address are stored encrypted */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RegisterResidentDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ResidentView'];
          };
        };
        /** Bad request: RESIDENT_ID_NUMBER_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'RESIDENT_ID_NUMBER_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
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
        /** Conflict: RESIDENT_DUPLICATE, RESIDENT_CAMPAIGN_CLOSED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'RESIDENT_DUPLICATE' | 'RESIDENT_CAMPAIGN_CLOSED';
            };
          };
        };
        /** Unprocessable: RESIDENT_CAMPAIGN_UNKNOWN, RESIDENT_COMMUNITY_NOT_IN_CAMPAIGN, RESIDENT_SESSION_UNKNOWN, RESIDENT_SESSION_MISMATCH */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?:
                | 'RESIDENT_CAMPAIGN_UNKNOWN'
                | 'RESIDENT_COMMUNITY_NOT_IN_CAMPAIGN'
                | 'RESIDENT_SESSION_UNKNOWN'
                | 'RESIDENT_SESSION_MISMATCH';
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
  '/api/residents/{id}': {
    /** One resident with the decrypted ID number, phones and address, and consents (audited) */
    get: {
      parameters: {
        query?: {
          /** Why the data is read; kept in the audit trail (or send X-Access-Reason) */
          reason?: string;
        };
        header?: {
          /** Why the data is read (percent-encoded UTF-8); kept in the audit trail */
          'X-Access-Reason'?: string;
        };
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
            'application/json': components['schemas']['ResidentView'];
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
        /** Not found: RESIDENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'RESIDENT_NOT_FOUND';
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
  '/api/residents/{id}/consents': {
    /** Record a consent (or its refusal): the kind, the version of the text, who took it and when */
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
          'application/json': components['schemas']['RecordConsentDto'];
        };
      };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ResidentConsentView'];
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
        /** Not found: RESIDENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'RESIDENT_NOT_FOUND';
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
  '/api/residents/{id}/consents/withdraw': {
    /** Withdraw a granted consent: from now on nothing that needs it is processed */
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
          'application/json': components['schemas']['WithdrawConsentDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ResidentConsentView'];
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
        /** Not found: RESIDENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'RESIDENT_NOT_FOUND';
            };
          };
        };
        /** Conflict: CONSENT_NOT_GRANTED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'CONSENT_NOT_GRANTED';
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
  '/api/residents/{id}/education': {
    /** Record the resident’s education (level and years), which stage-2 instruments are scored against */
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
          'application/json': components['schemas']['EducationInput'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['EducationView'];
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
        /** Not found: RESIDENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'RESIDENT_NOT_FOUND';
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
  '/api/residents/{id}/follow-up-plan': {
    /** Plan follow-up visits at chosen intervals and interventions (cognitive training, family-carer education) */
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
          'application/json': components['schemas']['FollowUpPlanDto'];
        };
      };
      responses: {
        /** Planned: see GET /api/residents/{id}/pathway */
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
        /** Not found: RESIDENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'RESIDENT_NOT_FOUND';
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
  '/api/residents/{id}/follow-ups': {
    /** Record a visit or intervention done (planned or not), with who (the caller) and when */
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
          'application/json': components['schemas']['RecordFollowUpDto'];
        };
      };
      responses: {
        /** Recorded */
        204: {
          headers: { [name: string]: unknown };
          content?: never;
        };
        /** Bad request: FOLLOW_UP_KIND_REQUIRED, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'FOLLOW_UP_KIND_REQUIRED' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
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
        /** Not found: RESIDENT_NOT_FOUND, FOLLOW_UP_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'RESIDENT_NOT_FOUND' | 'FOLLOW_UP_NOT_FOUND';
            };
          };
        };
        /** Conflict: FOLLOW_UP_ALREADY_RECORDED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'FOLLOW_UP_ALREADY_RECORDED';
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
  '/api/residents/{id}/pathway': {
    /** A resident’s pathway: stages, stage-2 tasks, referrals with outcomes, follow-ups (audited) */
    get: {
      parameters: {
        query?: {
          /** Why the data is read; kept in the audit trail (or send X-Access-Reason) */
          reason?: string;
        };
        header?: {
          /** Why the data is read (percent-encoded UTF-8); kept in the audit trail */
          'X-Access-Reason'?: string;
        };
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
            'application/json': components['schemas']['ResidentPathwayView'];
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
        /** Not found: RESIDENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'RESIDENT_NOT_FOUND';
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
  '/api/residents/{id}/results': {
    /** A resident’s results with answers and scores, decrypted, newest first (audited) */
    get: {
      parameters: {
        query?: {
          /** How many items to return. */
          limit?: number;
          /** The `nextCursor` of the previous page. */
          cursor?: string;
          /** Why the data is read; kept in the audit trail (or send X-Access-Reason) */
          reason?: string;
        };
        header?: {
          /** Why the data is read (percent-encoded UTF-8); kept in the audit trail */
          'X-Access-Reason'?: string;
        };
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
            'application/json': components['schemas']['ResultPage'];
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
        /** Not found: RESIDENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'RESIDENT_NOT_FOUND';
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
    /** Enter a screening result: scored by the campaign’s instrument version, stored encrypted; the same clientId again returns the stored result (200) */
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
          'application/json': components['schemas']['RecordResultDto'];
        };
      };
      responses: {
        /** Stored before under this clientId (a retry) */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ResultView'];
          };
        };
        /** Scored and stored */
        201: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ResultView'];
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
        /** Not found: RESIDENT_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'RESIDENT_NOT_FOUND';
            };
          };
        };
        /** Conflict: RESULT_CLIENT_ID_CONFLICT */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'RESULT_CLIENT_ID_CONFLICT';
            };
          };
        };
        /** Unprocessable: RESULT_CONSENT_REQUIRED, RESULT_CONSENT_WITHDRAWN, RESULT_EDUCATION_REQUIRED, RESULT_TOTAL_MISMATCH, RESULT_INSTRUMENT_NOT_ALLOWED */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?:
                | 'RESULT_CONSENT_REQUIRED'
                | 'RESULT_CONSENT_WITHDRAWN'
                | 'RESULT_EDUCATION_REQUIRED'
                | 'RESULT_TOTAL_MISMATCH'
                | 'RESULT_INSTRUMENT_NOT_ALLOWED';
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
  '/api/sessions/{id}': {
    /** One session with its staffing: needed, confirmed, waitlisted (a screener sees the session they work, while it runs) */
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
            'application/json': components['schemas']['ScreeningSessionView'];
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
        /** Not found: SESSION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SESSION_NOT_FOUND';
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
    /** Change a scheduled session (community, venue, times, roles): its shifts follow, and their volunteers are told */
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
          'application/json': components['schemas']['ChangeSessionDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ScreeningSessionView'];
          };
        };
        /** Bad request: SESSION_ROLES_INVALID, VALIDATION_FAILED, BAD_REQUEST */
        400: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 400;
              code?: 'SESSION_ROLES_INVALID' | 'VALIDATION_FAILED' | 'BAD_REQUEST';
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
        /** Not found: SESSION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SESSION_NOT_FOUND';
            };
          };
        };
        /** Conflict: SESSION_NOT_SCHEDULED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SESSION_NOT_SCHEDULED';
            };
          };
        };
        /** Unprocessable: SESSION_COMMUNITY_NOT_IN_CAMPAIGN, SESSION_TIMES_INVALID */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'SESSION_COMMUNITY_NOT_IN_CAMPAIGN' | 'SESSION_TIMES_INVALID';
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
  '/api/sessions/{id}/cancel': {
    /** Cancel a scheduled session with the reason: its shifts are cancelled */
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
          'application/json': components['schemas']['CancelSessionDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ScreeningSessionView'];
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
        /** Not found: SESSION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SESSION_NOT_FOUND';
            };
          };
        };
        /** Conflict: SESSION_NOT_SCHEDULED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SESSION_NOT_SCHEDULED';
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
  '/api/sessions/{id}/complete': {
    /** Mark a session that has started as held */
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
            'application/json': components['schemas']['ScreeningSessionView'];
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
        /** Not found: SESSION_NOT_FOUND */
        404: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 404;
              code?: 'SESSION_NOT_FOUND';
            };
          };
        };
        /** Conflict: SESSION_NOT_SCHEDULED, SESSION_NOT_STARTED */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SESSION_NOT_SCHEDULED' | 'SESSION_NOT_STARTED';
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
  '/api/shifts/{id}/attendance/card-scan': {
    /** Check a volunteer in or out by scanning their card; a walk-in with a reason (coordinators; its team’s leaders) */
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
          'application/json': components['schemas']['CardScanDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['CardScanView'];
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
        /** Conflict: SHIFT_FULL, SHIFT_OVERLAP */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'SHIFT_FULL' | 'SHIFT_OVERLAP';
            };
          };
        };
        /** Unprocessable: VOLUNTEER_CARD_INVALID, VOLUNTEER_CARD_EXPIRED, VOLUNTEER_CARD_WRONG_PURPOSE, CARD_VOLUNTEER_NOT_SIGNED_UP, ATTENDANCE_SHIFT_NOT_ACTIVE, CHECK_IN_TOO_EARLY, CHECK_IN_CLOSED, ATTENDANCE_NOT_CHECKED_IN, CHECK_OUT_CLOSED, ATTENDANCE_IN_FUTURE, SCAN_TOO_OLD, SIGNUP_REQUIREMENTS_MISSING, SHIFT_NOT_OPEN */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?:
                | 'VOLUNTEER_CARD_INVALID'
                | 'VOLUNTEER_CARD_EXPIRED'
                | 'VOLUNTEER_CARD_WRONG_PURPOSE'
                | 'CARD_VOLUNTEER_NOT_SIGNED_UP'
                | 'ATTENDANCE_SHIFT_NOT_ACTIVE'
                | 'CHECK_IN_TOO_EARLY'
                | 'CHECK_IN_CLOSED'
                | 'ATTENDANCE_NOT_CHECKED_IN'
                | 'CHECK_OUT_CLOSED'
                | 'ATTENDANCE_IN_FUTURE'
                | 'SCAN_TOO_OLD'
                | 'SIGNUP_REQUIREMENTS_MISSING'
                | 'SHIFT_NOT_OPEN';
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
  '/api/shifts/{id}/insurance': {
    /** The shift’s accident insurance and who it covers (coordinators) */
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
            'application/json': components['schemas']['ShiftInsuranceView'];
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
    /** Require accident insurance and record the policy (coordinators) */
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
          'application/json': components['schemas']['PutInsuranceDto'];
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ShiftInsuranceView'];
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
        /** Unprocessable: INSURANCE_PERIOD_NOT_COVERING */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'INSURANCE_PERIOD_NOT_COVERING';
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
  '/api/shifts/{id}/insurance/insured-list': {
    /** The insured list (confirmed volunteers) as XLSX for the insurer, marked as sent (coordinators) */
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
        /** The XLSX */
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
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
        /** Unprocessable: INSURANCE_NOT_RECORDED, INSURED_LIST_EMPTY */
        422: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 422;
              code?: 'INSURANCE_NOT_RECORDED' | 'INSURED_LIST_EMPTY';
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
  '/api/volunteers/me/card': {
    /** My electronic volunteer card with its rotating QR codes (the volunteer) */
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
            'application/json': components['schemas']['VolunteerCardView'];
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
        /** Conflict: VOLUNTEER_NATIONAL_NUMBER_TAKEN */
        409: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 409;
              code?: 'VOLUNTEER_NATIONAL_NUMBER_TAKEN';
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
    AbstinenceFigureView: {
      /** Weeks after each member’s quit date */
      week: number;
      /** Share (0–1) abstinent on the 7 days ending that week, among members whose week is due */
      rate: components['schemas']['GroupFigureView'];
    };
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
      status: components['schemas']['SessionAttendanceStatus'];
      /** Why they were absent */
      absenceReason?: string;
    };
    AttendanceFlagView: {
      enrolmentId: string;
      displayName: string;
      /** Sessions missed in a row, up to the latest */
      missedInARow: number;
    };
    AttendanceMethod: 'qr' | 'card' | 'manual';
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
    BuddyPairView: {
      programmeId: string;
      enrolmentIds: string[];
      /** The counsellor who paired them, or the member who accepted */
      pairedBy: string;
      createdAt: string;
    };
    BuddyQuietDetailsView: {
      programmeId: string;
      /** The buddy who has gone quiet */
      buddyName: string;
      lastCheckInOn: string | null;
      /** Whole days without a check-in */
      quietDays: number;
    };
    BuddyRequestDto: {
      /** The enrolment id of the member asked (they show it to you as their buddy code) */
      enrolmentId: string;
    };
    BuddyRequestListView: {
      id: string | null;
      programmeId: string;
      fromEnrolmentId: string;
      toEnrolmentId: string;
      /** paired: the other had asked you too, so you are buddies now */
      status: components['schemas']['BuddyRequestStatus'];
      createdAt: string;
      /** Addressed to the caller (they may accept it) */
      incoming: boolean;
      otherName: string;
    };
    /** paired: the other had asked you too, so you are buddies now */
    BuddyRequestStatus: 'pending' | 'paired';
    BuddyRequestView: {
      id: string | null;
      programmeId: string;
      fromEnrolmentId: string;
      toEnrolmentId: string;
      /** paired: the other had asked you too, so you are buddies now */
      status: components['schemas']['BuddyRequestStatus'];
      createdAt: string;
    };
    BuddyView: {
      enrolmentId: string;
      displayName: string;
      /** Smoke-free days in a row */
      streak: number;
      lastCheckInOn: string | null;
      pairedAt: string;
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
    /** draft → active (started) or cancelled; active → completed (closed) or cancelled; completed and cancelled are final */
    CampaignStatusTarget: 'active' | 'completed' | 'cancelled';
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
    CancelSessionDto: {
      /** Told to the volunteers */
      reason: string;
    };
    CancelShiftDto: {
      reason: string;
    };
    CardCodeView: {
      code: string;
      validFrom: string;
      rotatesAt: string;
    };
    CardScanDto: {
      /** The QR content of the volunteer’s card */
      code: string;
      purpose: components['schemas']['CheckInPurpose'];
      /** When the card was scanned, for a scan kept on the phone while offline and sent later. */
      scannedAt?: string;
      /** Where the scanning phone is */
      lat?: number;
      lng?: number;
      /** Add someone without a confirmed place as a walk-in (check-in only; a place must be free) */
      walkIn?: components['schemas']['WalkInDto'];
    };
    CardScanView: {
      attendance: components['schemas']['AttendanceView'];
      volunteer: components['schemas']['CardVolunteerView'];
      /** False when the scan repeated one already recorded */
      changed: boolean;
      /** They were added to the shift at the door */
      walkedIn: boolean;
    };
    CardVolunteerView: {
      id: string;
      name: string;
    };
    CertificateVerificationView: {
      number: string;
      volunteerName: string;
      /** Shown only when the certificate has no national volunteer number */
      maskedStudentNumber: string | null;
      nationalVolunteerNumber: string | null;
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
      /** Shown only when the certificate has no national volunteer number */
      maskedStudentNumber: string | null;
      nationalVolunteerNumber: string | null;
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
    ChangeCampaignStatusDto: {
      /** draft → active (started) or cancelled; active → completed (closed) or cancelled; completed and cancelled are final */
      status: components['schemas']['CampaignStatusTarget'];
    };
    ChangeRolesDto: {
      /** The complete new set of roles */
      roles: components['schemas']['Role'][];
      /** The organisation a partner belongs to; required with the partner role unless already set */
      organisationId?: string | null;
      /** The volunteer profile of a volunteer; required with the volunteer role unless already set */
      volunteerId?: string | null;
    };
    ChangeSessionDto: {
      community?: string;
      venue?: components['schemas']['SessionVenueInput'];
      startsAt?: string;
      endsAt?: string;
      roles?: components['schemas']['SessionRoleInput'][];
    };
    CheckInCodeView: {
      /** The QR content; the next one is fetched at rotatesAt */
      code: string;
      rotatesAt: string;
    };
    CheckInMood: 'very_bad' | 'bad' | 'neutral' | 'good' | 'very_good';
    CheckInPurpose: 'check_in' | 'check_out';
    ChoiceOptionDto: {
      value: string;
      label: string;
      score?: number;
    };
    CommunityDashboardView: {
      /** Residents screened at stage 1 (each once) */
      screened: components['schemas']['FigureView'];
      stage1Positive: components['schemas']['FigureView'];
      stage1PositiveRate: number | null;
      /** Residents re-checked at stage 2 */
      stage2Done: components['schemas']['FigureView'];
      stage2Positive: components['schemas']['FigureView'];
      stage2PositiveRate: number | null;
      /** Stage-2 re-checks past their due day */
      stage2Overdue: components['schemas']['FigureView'];
      /** Referrals made (one per positive stage 2) */
      referralsMade: components['schemas']['FigureView'];
      /** Referrals sent to the hospital’s inbox */
      referralsSent: components['schemas']['FigureView'];
      /** Referrals the hospital accepted (including those completed) */
      referralsAccepted: components['schemas']['FigureView'];
      /** Referrals the hospital declined */
      referralsDeclined: components['schemas']['FigureView'];
      /** Referrals waiting (for consent, a hospital or an outcome) */
      referralsOpen: components['schemas']['FigureView'];
      /** Sent, no outcome after REFERRAL_OUTCOME_DAYS */
      referralsOverdue: components['schemas']['FigureView'];
      referralsCompleted: components['schemas']['FigureView'];
      /** Planned follow-ups due today or missed */
      followUpsDue: components['schemas']['FigureView'];
      byAgeBand: components['schemas']['GroupFiguresView'][];
      bySex: components['schemas']['GroupFiguresView'][];
      community: string;
      /** The campaign’s target there */
      target: number | null;
    };
    ComparisonOp: 'eq' | 'gte' | 'lte' | 'gt' | 'lt';
    /** The same as `confidential`, in words */
    Confidentiality: 'standard' | 'confidential';
    ConsentKind: 'screening' | 'data_processing' | 'hospital_sharing';
    ConsentView: {
      policyVersion: string;
      givenAt: string;
      /** false when a coordinator recorded a signed paper form */
      bySelf: boolean;
    };
    CounsellingNotificationKind: 'buddy_quiet';
    CounsellingNotificationView: {
      id: string;
      kind: components['schemas']['CounsellingNotificationKind'];
      details: components['schemas']['BuddyQuietDetailsView'];
      createdAt: string;
      readAt: string | null;
    };
    CounsellingSessionHoursView: {
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
      volunteerName: string;
      /** The programme (the shift’s title) */
      activity: string;
      sessionId: string;
      startsAt: string | null;
      endsAt: string | null;
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
    CreateHandoverDto: {
      /** First service date (local), inclusive */
      from: string;
      /** Last service date (local), inclusive */
      to: string;
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
    DailyCheckInDto: {
      /** Smoked today */
      cigarettes: number;
      /** Craving, 0 (none) to 10 */
      craving: number;
      mood: components['schemas']['CheckInMood'];
      /** A slip or lapse today (resets the smoke-free streak) */
      lapse: boolean;
      /** In the member’s own words; encrypted, read by the member and the counsellors only */
      note?: string;
    };
    DailyCheckInView: {
      id: string;
      enrolmentId: string;
      /** The day in Asia/Shanghai */
      localDate: string;
      cigarettes: number;
      craving: number;
      mood: components['schemas']['CheckInMood'];
      lapse: boolean;
      note: string | null;
      createdAt: string;
      /** Later than createdAt when the day’s check-in was sent again (it replaces the first) */
      updatedAt: string;
    };
    DashboardFiguresView: {
      /** Residents screened at stage 1 (each once) */
      screened: components['schemas']['FigureView'];
      stage1Positive: components['schemas']['FigureView'];
      stage1PositiveRate: number | null;
      /** Residents re-checked at stage 2 */
      stage2Done: components['schemas']['FigureView'];
      stage2Positive: components['schemas']['FigureView'];
      stage2PositiveRate: number | null;
      /** Stage-2 re-checks past their due day */
      stage2Overdue: components['schemas']['FigureView'];
      /** Referrals made (one per positive stage 2) */
      referralsMade: components['schemas']['FigureView'];
      /** Referrals sent to the hospital’s inbox */
      referralsSent: components['schemas']['FigureView'];
      /** Referrals the hospital accepted (including those completed) */
      referralsAccepted: components['schemas']['FigureView'];
      /** Referrals the hospital declined */
      referralsDeclined: components['schemas']['FigureView'];
      /** Referrals waiting (for consent, a hospital or an outcome) */
      referralsOpen: components['schemas']['FigureView'];
      /** Sent, no outcome after REFERRAL_OUTCOME_DAYS */
      referralsOverdue: components['schemas']['FigureView'];
      referralsCompleted: components['schemas']['FigureView'];
      /** Planned follow-ups due today or missed */
      followUpsDue: components['schemas']['FigureView'];
      byAgeBand: components['schemas']['GroupFiguresView'][];
      bySex: components['schemas']['GroupFiguresView'][];
    };
    DashboardView: {
      campaignId: string;
      /** Whether counts of 1–4 are hidden (partners) */
      suppressed: boolean;
      asOf: string;
      totals: components['schemas']['DashboardFiguresView'];
      communities: components['schemas']['CommunityDashboardView'][];
      /** Results per instrument (a resident may have several) */
      instruments: components['schemas']['InstrumentFiguresView'][];
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
    DeclarationStatus: 'pending' | 'confirmed' | 'rejected';
    DeclareHoursDto: {
      activity: string;
      /** The day served (not after today) */
      serviceDate: string;
      place: string;
      content: string;
      /** Half hours, from 0.5 to 8 (one day at most) */
      hours: string;
      /** Who can confirm the service */
      contactName: string;
      contactPhone: string;
      /** The Linkage shift it was served at (its team’s leaders may confirm it) */
      shiftId?: string;
      /** The partner organisation that organised it (one of GET /api/volunteers/organisations): the declaration goes to its inbox to be confirmed there */
      partnerOrganisationId?: string;
    };
    EducationInput: {
      level: components['schemas']['EducationLevel'];
      /** Years of formal education */
      years: number;
    };
    EducationLevel: 'none' | 'primary' | 'junior_secondary' | 'senior_secondary' | 'tertiary';
    EducationView: {
      level: components['schemas']['EducationLevel'];
      years: number;
    };
    EligibilityRuleDto: {
      kind: components['schemas']['EligibilityRuleKind'];
      questionId?: string;
      op?: components['schemas']['ComparisonOp'];
      value?: number | string;
      values?: string[];
      /** What the rule asks, in words */
      message: string;
    };
    EligibilityRuleKind: 'score' | 'answer' | 'answer_in';
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
      /** The volunteers confirmed on it, in the order they came */
      volunteers: components['schemas']['ShiftVolunteerView'][];
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
    ExportFormat: 'csv' | 'xlsx';
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
    FigureView: {
      /** null when suppressed */
      value: number | null;
      /** A count of 1–4 hidden from partners */
      suppressed: boolean;
    };
    FindInvitationsRequest: { [key: string]: unknown };
    FindOrganisationsRequest: { [key: string]: unknown };
    FollowUpKind: 'visit' | 'cognitive_training' | 'carer_education';
    FollowUpPlanDto: {
      /** The day the intervals count from (local date) */
      startsOn: string;
      /** A visit this many days after startsOn, each */
      visitIntervalsDays: number[];
      /** Cognitive training sessions, family-carer education */
      interventions?: components['schemas']['InterventionInput'][];
      /** The referral the plan follows */
      referralId?: string;
    };
    FollowUpStatus: 'planned' | 'done';
    FollowUpView: {
      id: string;
      kind: components['schemas']['FollowUpKind'];
      status: components['schemas']['FollowUpStatus'];
      dueOn: string | null;
      /** Planned and its day has passed (missed) */
      overdue: boolean;
      referralId: string | null;
      plannedBy: string | null;
      doneAt: string | null;
      doneBy: string | null;
      note: string | null;
    };
    GiveConsentDto: {
      /** The version of the privacy policy consented to */
      policyVersion: string;
    };
    GroupFigureView: {
      value: number | null;
      /** People it was computed from; null when suppressed */
      n: number | null;
      /** Fewer than 5 people: no value is shown */
      suppressed: boolean;
    };
    GroupFiguresView: {
      /** An age band (under_65, 65_69, 70_74, 75_79, 80_84, 85_plus) or a sex (male, female) */
      group: string;
      screened: components['schemas']['FigureView'];
      stage1Positive: components['schemas']['FigureView'];
      stage2Positive: components['schemas']['FigureView'];
    };
    HandoverBatchPage: {
      items: components['schemas']['HandoverBatchView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    HandoverBatchView: {
      id: string;
      number: string;
      periodFrom: string;
      periodTo: string;
      recordCount: number;
      totalHours: string;
      createdBy: string;
      createdAt: string;
    };
    HandoverFileFormat: 'csv' | 'xlsx';
    HandoverSummaryView: {
      /** Verified records of the period not handed over yet */
      pending: number;
      /** Verified records of the period in earlier batches */
      handedOver: number;
    };
    HoursAdjustmentView: {
      previousHours: string;
      hours: string;
      reason: string;
      /** Account */
      adjustedBy: string;
      adjustedAt: string;
    };
    HoursDeclarationView: {
      id: string;
      volunteerId: string;
      volunteerName: string;
      shiftId: string | null;
      partnerOrganisationId: string | null;
      partnerOrganisationName: string | null;
      activity: string;
      serviceDate: string;
      place: string;
      content: string;
      hours: string;
      contactName: string;
      contactPhone: string;
      status: components['schemas']['DeclarationStatus'];
      rejectReason: string | null;
      reviewerRole: string | null;
      reviewedAt: string | null;
      /** The verified hours record it became */
      hoursRecordId: string | null;
      createdAt: string;
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
    ImportSummaryView: {
      importId: string;
      campaignId: string;
      fileSha256: string;
      rows: number;
      residents: number;
      results: number;
      /** Residents positive at stage 1 (each gets a stage-2 task) */
      stage1Positive: number;
      importedAt: string;
    };
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
    InformantInput: {
      name: string;
      relation?: string;
      /** Stored encrypted */
      phone?: string;
    };
    InformantView: {
      name: string;
      relation: string | null;
      phone: string | null;
    };
    InstrumentCode: 'AD8' | 'MINI_COG' | 'MMSE' | 'MOCA';
    InstrumentFiguresView: {
      stage: number;
      instrument: string;
      positive: components['schemas']['FigureView'];
      negative: components['schemas']['FigureView'];
    };
    InsurancePolicyView: {
      insurer: string;
      policyNumber: string;
      coversFrom: string;
      coversTo: string;
    };
    InsuredPersonView: {
      volunteerId: string;
      name: string;
      studentNumber: string;
      confirmedAt: string | null;
      /** On a list sent to the insurer */
      onSentList: boolean;
      /** Confirmed after the list was sent and not on it: not covered until a new list goes */
      notCovered: boolean;
    };
    IntakeDecision: 'accept' | 'waitlist' | 'refer';
    IntakeView: {
      programmeId: string;
      definition: components['schemas']['SurveyDefinitionDto'];
      eligibility: components['schemas']['EligibilityRuleDto'][];
      publishedAt: string | null;
      version: number;
    };
    InterventionInput: {
      kind: components['schemas']['InterventionKind'];
      /** Local date (Asia/Shanghai) */
      dueOn: string;
    };
    InterventionKind: 'cognitive_training' | 'carer_education';
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
    MeasureFiguresView: {
      instrument: string;
      lowerIsBetter: boolean;
      meanPre: components['schemas']['GroupFigureView'];
      meanPost: components['schemas']['GroupFigureView'];
      /** Mean of post − pre */
      meanChange: components['schemas']['GroupFigureView'];
      /** Share (0–1) whose score moved the better way */
      shareImproved: components['schemas']['GroupFigureView'];
    };
    /** pre: at the start; post: at the end */
    MeasurePhase: 'pre' | 'post';
    MeasureView: {
      id: string;
      programmeId: string;
      enrolmentId: string;
      instrument: string;
      phase: components['schemas']['MeasurePhase'];
      score: number;
      /** A lower score is the better one */
      lowerIsBetter: boolean;
      recordedAt: string;
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
    OutcomeReportView: {
      programmeId: string;
      /** The day the report was computed on */
      asOf: string;
      measures: components['schemas']['MeasureFiguresView'][];
      abstinence: components['schemas']['AbstinenceFigureView'][];
    };
    /** intake: the programme’s published intake survey; ftnd: the built-in FTND */
    OutcomeSurvey: 'intake' | 'ftnd';
    PairBuddiesDto: {
      /** The two members’ enrolment ids */
      enrolmentIds: string[];
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
    PathwayStageView: {
      stage1Done: boolean;
      stage1Positive: boolean;
      stage2Done: boolean;
      stage2Positive: boolean;
    };
    PathwayTaskKind: 'stage2' | 'referral_outcome' | 'referral_blocked' | 'follow_up';
    PointPrevalenceStatus: 'abstinent' | 'smoking' | 'not_due';
    PointPrevalenceView: {
      /** Weeks after the quit date */
      week: number;
      /** The last of the 7 days assessed */
      assessedOn: string;
      status: components['schemas']['PointPrevalenceStatus'];
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
    ProgrammeConsentDto: {
      /** The version of the participation consent text agreed to */
      participationVersion: string;
      /** The version of the data-processing notice agreed to */
      dataProcessingVersion: string;
      /** Must be true: consent to take part and to data processing */
      agreed: boolean;
    };
    ProgrammeConsentView: {
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
      confidentiality: components['schemas']['Confidentiality'];
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
    PutInsuranceDto: {
      insurer: string;
      policyNumber: string;
      /** First day covered (local date) */
      coversFrom: string;
      /** Last day covered (local date) */
      coversTo: string;
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
    QuitGoalView: {
      enrolmentId: string;
      programmeId: string;
      quitDate: string;
      targetCigarettesPerDay: number;
      updatedAt: string;
    };
    QuitProgressView: {
      enrolmentId: string;
      quitDate: string | null;
      /** Smoke-free days in a row since the quit date; a lapse or a cigarette resets it to 0 */
      streak: number;
      lastCheckInOn: string | null;
      /** 7-day point prevalence at weeks 4, 12, 26 */
      pointPrevalence: components['schemas']['PointPrevalenceView'][];
    };
    RecordAttendanceDto: {
      volunteerId: string;
      checkedInAt: string;
      checkedOutAt?: string;
      reason: string;
    };
    RecordConsentDto: {
      kind: components['schemas']['ConsentKind'];
      /** false records a refusal */
      granted: boolean;
      /** Version of the text read out */
      textVersion: string;
      /** When it was given (a paper form entered later); unset: now */
      takenAt?: string;
    };
    RecordFollowUpDto: {
      /** The planned visit or intervention done; unset: one not planned */
      followUpId?: string;
      /** Required without followUpId */
      kind?: components['schemas']['FollowUpKind'];
      doneAt: string;
      note?: string;
    };
    RecordMeasureDto: {
      /** Answers by question id: a choice’s value, a number, or text */
      answers: { [key: string]: string | number };
      enrolmentId: string;
      /** pre: at the start; post: at the end */
      phase: components['schemas']['MeasurePhase'];
      /** intake: the programme’s published intake survey; ftnd: the built-in FTND */
      survey: components['schemas']['OutcomeSurvey'];
    };
    RecordOutcomeDto: {
      /** What came of it (accepting is POST …/accept) */
      status: components['schemas']['InboxOutcome'];
      /** In the item kind’s terms: lower-case words joined by underscores */
      category?: string;
      notes?: string;
    };
    RecordResultDto: {
      /** An instrument version the resident’s campaign uses (GET /api/campaigns/{id}: instruments) */
      version: string;
      /** Item key → points (a whole number) or the option chosen (AD8: yes, no, unknown) */
      answers: { [key: string]: number | string };
      /** The total written on the form: it must match the items */
      statedTotal?: number;
      sessionId?: string;
      /** Made on the device: sending the same result again (an offline retry) returns it, 200 */
      clientId: string;
      /** When it was administered (entered later from a device offline); unset: now */
      administeredAt?: string;
    };
    RecordSessionAttendanceDto: {
      /** One member, or the whole list, in one request */
      entries: components['schemas']['AttendanceEntryDto'][];
    };
    ReferralOutcomeStatus: 'completed' | 'declined';
    ReferralOutcomeView: {
      status: components['schemas']['ReferralOutcomeStatus'];
      diagnosisCategory: string | null;
      advice: string | null;
      recordedAt: string;
      recordedBy: string;
    };
    ReferralStatus: 'awaiting_consent' | 'awaiting_hospital' | 'sent' | 'accepted' | 'completed' | 'declined';
    ReferralView: {
      id: string;
      residentId: string;
      campaignId: string;
      community: string;
      version: string;
      /** The stage-2 score it was made for */
      score: number;
      status: components['schemas']['ReferralStatus'];
      organisationId: string | null;
      createdAt: string;
      sentAt: string | null;
      /** Sent and without an outcome for longer than REFERRAL_OUTCOME_DAYS */
      overdue: boolean;
      acceptedAt: string | null;
      outcome: components['schemas']['ReferralOutcomeView'] | null;
    };
    RefreshTokenDto: {
      /** The refresh token from the last sign-in or refresh */
      refreshToken: string;
    };
    RegisterResidentDto: {
      campaignId: string;
      /** The session the resident is registered at (of the same campaign and community). A screener must give the session they work, while it runs. */
      sessionId?: string;
      name: string;
      sex: components['schemas']['ResidentSex'];
      birthDate: string;
      /** The 18-character resident ID number; checked against birthDate and sex; stored encrypted */
      idNumber?: string;
      /** Stored encrypted */
      phone?: string;
      /** One of the campaign’s communities */
      community: string;
      /** Stored encrypted */
      address?: string;
      /** Needed before a stage-2 instrument is scored */
      education?: components['schemas']['EducationInput'];
      /** Who answers the AD8 for the resident */
      informant?: components['schemas']['InformantInput'];
      /** Consents taken before registering, recorded with the resident (each kind once) */
      consents?: components['schemas']['ResidentConsentInput'][];
    };
    RejectDeclarationDto: {
      reason: string;
    };
    RejectHoursDto: {
      reason: string;
    };
    RejectSignupDto: {
      reason?: string;
    };
    ResidentConsentInput: {
      kind: components['schemas']['ConsentKind'];
      /** false records a refusal */
      granted: boolean;
      /** Version of the text read out */
      textVersion: string;
      /** When it was given (a paper form entered later); unset: now */
      takenAt?: string;
    };
    ResidentConsentView: {
      id: string;
      kind: components['schemas']['ConsentKind'];
      granted: boolean;
      textVersion: string;
      /** The account that took it */
      takenBy: string;
      takenAt: string;
      withdrawnAt: string | null;
      withdrawnBy: string | null;
      withdrawalReason: string | null;
    };
    ResidentPage: {
      items: components['schemas']['ResidentSummaryView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    ResidentPathwayView: {
      residentId: string;
      campaignId: string;
      stages: components['schemas']['PathwayStageView'];
      stage2Tasks: components['schemas']['Stage2TaskView'][];
      referrals: components['schemas']['ReferralView'][];
      followUps: components['schemas']['FollowUpView'][];
    };
    ResidentSex: 'male' | 'female';
    ResidentSummaryView: {
      id: string;
      campaignId: string;
      /** Registered at */
      sessionId: string | null;
      name: string;
      sex: components['schemas']['ResidentSex'];
      birthDate: string;
      community: string;
      createdAt: string;
    };
    ResidentView: {
      id: string;
      campaignId: string;
      /** Registered at */
      sessionId: string | null;
      name: string;
      sex: components['schemas']['ResidentSex'];
      birthDate: string;
      community: string;
      createdAt: string;
      idNumber: string | null;
      phone: string | null;
      address: string | null;
      education: components['schemas']['EducationView'] | null;
      informant: components['schemas']['InformantView'] | null;
      /** Every consent recorded, oldest first */
      consents: components['schemas']['ResidentConsentView'][];
    };
    ResultPage: {
      items: components['schemas']['ResultView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    ResultView: {
      id: string;
      residentId: string;
      clientId: string;
      stage: number;
      instrument: components['schemas']['InstrumentCode'];
      version: string;
      sessionId: string | null;
      answers: { [key: string]: number | string };
      itemScores: { [key: string]: number };
      /** The sum of the items */
      rawTotal: number;
      /** After the education adjustment (MoCA), else the raw total */
      total: number;
      educationAdjusted: boolean;
      classification: components['schemas']['ScreeningClassification'];
      /** MMSE severity band */
      band: string | null;
      administeredAt: string;
      recordedBy: string;
      recordedAt: string;
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
      /** When the code was scanned, for a scan kept on the phone while offline and sent later (at most OFFLINE_SCAN_MAX_MINUTES ago): the code is checked and the time recorded as of then. */
      scannedAt?: string;
      lat?: number;
      lng?: number;
    };
    ScheduleSessionDto: {
      /** One of the campaign’s communities */
      community: string;
      venue: components['schemas']['SessionVenueInput'];
      startsAt: string;
      /** At most 12 hours later */
      endsAt: string;
      /** Each role becomes one volunteer shift */
      roles: components['schemas']['SessionRoleInput'][];
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
    ScreeningClassification: 'positive' | 'negative';
    ScreeningSessionPage: {
      /** Soonest first */
      items: components['schemas']['ScreeningSessionView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    ScreeningSessionStatus: 'scheduled' | 'cancelled' | 'completed';
    ScreeningSessionView: {
      id: string;
      campaignId: string;
      community: string;
      venue: components['schemas']['SessionVenueView'];
      startsAt: string;
      endsAt: string;
      roles: components['schemas']['SessionRoleView'][];
      status: components['schemas']['ScreeningSessionStatus'];
      /** Why it was cancelled */
      cancelReason: string | null;
      /** Grows with every change published to volunteers */
      version: number;
      staffing: components['schemas']['SessionStaffingView'];
      createdAt: string;
      updatedAt: string;
    };
    ServiceName: 'identity' | 'volunteers' | 'partners' | 'screening' | 'counselling';
    SessionAttendanceStatus: 'present' | 'absent';
    SessionAttendanceView: {
      enrolmentId: string;
      status: components['schemas']['SessionAttendanceStatus'];
      absenceReason: string | null;
      recordedAt: string;
    };
    SessionDto: {
      startsAt: string;
      /** After startsAt */
      endsAt: string;
      place: string;
      topic: string;
    };
    SessionRoleInput: {
      /** Stable across changes: the role’s shift is updated, not replaced */
      key: string;
      name: string;
      /** Screeners needed in the role */
      count: number;
      /** Certificates a volunteer must hold to take the shift (trained screeners: 认知筛查) */
      requiredCertifications?: string[];
      /** Skills a volunteer must have */
      requiredSkills?: string[];
    };
    SessionRoleView: {
      key: string;
      name: string;
      count: number;
      requiredCertifications: string[];
      requiredSkills: string[];
    };
    SessionShiftStaffingView: {
      shiftId: string;
      capacity: number;
      confirmed: number;
      waitlisted: number;
      /** Sign-ups waiting for approval */
      pending: number;
      countedAt: string;
    };
    SessionStaffingView: {
      /** The roles’ counts (0 once cancelled) */
      needed: number;
      /** As volunteers last counted its shifts */
      confirmed: number;
      waitlisted: number;
      pending: number;
      /** The session’s shifts, once volunteers counts them */
      shifts: components['schemas']['SessionShiftStaffingView'][];
    };
    SessionStatus: 'scheduled' | 'completed' | 'cancelled';
    SessionVenueInput: {
      name: string;
      address: string;
      /** For the check-in distance */
      latitude?: number;
      longitude?: number;
    };
    SessionVenueView: {
      name: string;
      address: string;
      latitude: number | null;
      longitude: number | null;
    };
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
      template?: components['schemas']['SurveyTemplate'];
      /** Questions and scoring; required without a template */
      definition?: components['schemas']['SurveyDefinitionDto'];
      /** All must hold; replaces the template’s */
      eligibility?: components['schemas']['EligibilityRuleDto'][];
      /** Publish it: students of an open programme may answer it */
      publish?: boolean;
    };
    SetQuitGoalDto: {
      /** The day the member stops smoking */
      quitDate: string;
      /** Cigarettes a day the member aims for until (and after) the quit date */
      targetCigarettesPerDay: number;
    };
    /** Close or reopen sign-ups, or complete it */
    SettableShiftStatus: 'open' | 'closed' | 'completed';
    ShiftFit: 'me';
    ShiftInsuranceView: {
      /** The shift requires accident insurance (a policy is recorded) */
      required: boolean;
      policy: components['schemas']['InsurancePolicyView'] | null;
      listSentAt: string | null;
      /** The confirmed volunteers */
      people: components['schemas']['InsuredPersonView'][];
      /** How many confirmed volunteers are not covered */
      notCovered: number;
    };
    ShiftPage: {
      items: components['schemas']['ShiftView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    ShiftSourceType:
      'manual' | 'screening_session' | 'partner_event' | 'counselling_session' | 'hours_declaration';
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
    ShiftVolunteerView: {
      /** For coordinators and admins; null for a partner member */
      volunteerId: string | null;
      /** Coordinators and admins: the full name (李晓雯). A partner member: the first name only — the given name of a 2–4 character Chinese name, else the first word. Null when volunteers did not say. */
      name: string | null;
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
    Stage2TaskStatus: 'open' | 'done';
    Stage2TaskView: {
      id: string;
      status: components['schemas']['Stage2TaskStatus'];
      dueOn: string;
      overdue: boolean;
      createdAt: string;
      closedAt: string | null;
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
    /** Start from a built-in survey (ftnd: the six FTND items with the quit group’s eligibility rules) */
    SurveyTemplate: 'ftnd';
    TaskList: {
      items: components['schemas']['TaskView'][];
    };
    TaskView: {
      kind: components['schemas']['PathwayTaskKind'];
      /** The task, referral or follow-up */
      id: string;
      residentId: string;
      community: string;
      /** Local date it is due */
      dueOn: string | null;
      overdue: boolean;
      /** The task’s, referral’s or follow-up’s status */
      status: string;
      /** A follow-up’s kind */
      detail: string | null;
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
    UpdateCampaignDto: {
      name?: string;
      description?: string;
      /** Local date (Asia/Shanghai) */
      startsOn?: string;
      /** Local date (Asia/Shanghai) */
      endsOn?: string;
      /** Partner organisations (ids from /api/organisations) */
      partnerOrganisationIds?: string[];
      /** The instrument versions per stage; unset: AD8@1 + MINI_COG@1, then MMSE@1 + MOCA@1 */
      instruments?: components['schemas']['CampaignInstrumentsInput'];
      /** The communities screened and a target per community (residents register in these) */
      targets?: components['schemas']['CampaignTargetInput'][];
    };
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
      /** The national unified volunteer number (全国志愿者统一编号): 6–32 letters or digits (spaces and dashes dropped, letters in capitals), never a resident ID number; printed on certificates instead of the student number. Unique; null removes it. */
      nationalVolunteerNumber?: string | null;
    };
    VolunteerCardView: {
      volunteerId: string;
      name: string;
      nationalVolunteerNumber: string | null;
      studentNumber: string;
      department: string | null;
      /** The code for now and the next ones (shown by the phone’s clock while offline) */
      codes: components['schemas']['CardCodeView'][];
      periodSeconds: number;
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
      /** The national unified volunteer number (全国志愿者统一编号) */
      nationalVolunteerNumber: string | null;
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
    WalkInDto: {
      /** Why they are added at the door (audited) */
      reason: string;
    };
    WithdrawConsentDto: {
      kind: components['schemas']['ConsentKind'];
      reason?: string;
    };
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
  };
}

export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
