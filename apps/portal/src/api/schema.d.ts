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
    /** Plan a screening campaign with its partner organisations */
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
    /** Rename, re-classify, move or suspend an organisation (coordinators) */
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
    /** List programmes, newest first */
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
    /** Plan a group programme */
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
        /** Bad gateway: BAD_GATEWAY */
        502: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 502;
              code?: 'BAD_GATEWAY';
            };
          };
        };
        /** Service unavailable: SERVICE_UNAVAILABLE */
        503: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': components['schemas']['ErrorBody'] & {
              statusCode?: 503;
              code?: 'SERVICE_UNAVAILABLE';
            };
          };
        };
        /** Gateway timeout: GATEWAY_TIMEOUT */
        504: {
          headers: { [name: string]: unknown };
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
    /** One programme */
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
    CampaignView: {
      id: string;
      name: string;
      description: string | null;
      startsOn: string;
      endsOn: string;
      status: components['schemas']['CampaignStatus'];
      partners: components['schemas']['CampaignPartnerView'][];
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
    };
    CreateCertificationDto: {
      /** As shifts name it */
      name: string;
      /** Local date */
      issuedOn: string;
      /** Local date; leave out when it never expires */
      expiresOn?: string;
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
    };
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
      /** Whether membership and notes are confidential to the programme’s counsellors */
      confidential?: boolean;
      status?: components['schemas']['ProgrammeStatus'];
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
    EmergencyContactDto: {
      name: string;
      /** A mobile or landline number (0535-1234567) */
      phone: string;
    };
    EmergencyContactView: {
      name: string;
      phone: string;
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
    /** A field that did not validate, and why. */
    FieldError: {
      /** Dotted path of the field in the request */
      field: string;
      messages: string[];
    };
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
      status: components['schemas']['HoursStatus'];
      /** Account */
      recordedBy: string | null;
      /** Account */
      verifiedBy: string | null;
      verifiedAt: string | null;
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
      status: components['schemas']['HoursStatus'];
      /** Account */
      recordedBy: string | null;
      /** Account */
      verifiedBy: string | null;
      verifiedAt: string | null;
    };
    HoursStatus: 'recorded' | 'verified';
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
    MonthHoursView: {
      month: string;
      hours: string;
    };
    NoShowDto: {
      reason?: string;
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
    OrganisationKind:
      | 'residents_committee'
      | 'hospital'
      | 'foundation'
      | 'street_social_work_station'
      | 'social_work_ngo'
      | 'college'
      | 'other';
    OrganisationPage: {
      items: components['schemas']['OrganisationView'][];
      /** Pass as `cursor` to get the next page; null on the last page. */
      nextCursor: string | null;
    };
    OrganisationStatus: 'active' | 'suspended';
    OrganisationView: {
      id: string;
      name: string;
      kind: components['schemas']['OrganisationKind'];
      district: string | null;
      status: components['schemas']['OrganisationStatus'];
      address: string | null;
      contactName: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
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
      status: components['schemas']['ProgrammeStatus'];
      createdAt: string;
      updatedAt: string;
    };
    PutMemberDto: {
      role: components['schemas']['TeamRole'];
    };
    RecordAttendanceDto: {
      volunteerId: string;
      checkedInAt: string;
      checkedOutAt?: string;
      reason: string;
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
    ServiceName: 'identity' | 'volunteers' | 'partners' | 'screening' | 'counselling';
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
    };
    UpdateOrganisationDto: {
      name?: string;
      kind?: components['schemas']['OrganisationKind'];
      district?: string | null;
      address?: string | null;
      status?: components['schemas']['OrganisationStatus'];
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
  };
}

export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
