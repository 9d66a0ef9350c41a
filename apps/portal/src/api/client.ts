import createClient from 'openapi-fetch';
import { Session, SessionExpiredError, type Tokens } from '../auth/session';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** An answer of the API that is not a success: `{ statusCode, code, message, details? }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** From an error answer whose body is still unread. */
  static async from(response: Response): Promise<ApiError> {
    return ApiError.of(response.status, await response.json().catch(() => null), response.statusText);
  }

  /** From an error answer's status and its already parsed body (what openapi-fetch hands back). */
  static of(status: number, body: unknown, fallback = ''): ApiError {
    const b = (typeof body === 'object' && body !== null ? body : {}) as {
      code?: string;
      message?: string;
      details?: unknown;
    };
    return new ApiError(status, b.code ?? `HTTP_${status}`, b.message ?? fallback, b.details);
  }
}

/** fetch failed before any answer: offline, DNS, connection refused. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

async function refreshCall(refreshToken: string): Promise<Tokens | 'rejected'> {
  const response = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken }),
  });
  if (response.ok) return (await response.json()) as Tokens;
  // A used-up, expired or revoked refresh token, or a deactivated account: sign in again.
  if (response.status === 401 || response.status === 403) return 'rejected';
  // A gateway or identity hiccup is not the end of the session.
  throw await ApiError.from(response);
}

export const session = new Session(refreshCall);
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith('linkage.session')) session.adoptStorage();
  });
}

const PUBLIC_AUTH = /\/api\/auth\/(login|refresh|logout)$|\/api\/invitations\/accept$/;

function withToken(request: Request, token: string | null): Request {
  const headers = new Headers(request.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

/**
 * fetch with the access token attached; on a 401 the session is refreshed (once, shared by every request
 * that failed together) and the request sent again. When the session cannot be refreshed the request
 * waits for the person to sign in again in the dialog, then goes out: nothing they typed is lost.
 */
export async function authFetch(input: Request): Promise<Response> {
  if (PUBLIC_AUTH.test(new URL(input.url, location.href).pathname)) return fetch(input);
  const retry = input.clone();
  const token = await session.accessToken();
  const response = await fetch(withToken(input, token));
  if (response.status !== 401) return response;
  const next = await session.recover(token);
  return fetch(withToken(retry, next));
}

// An absolute base: the same origin in the browser, and what Node's Request (tests) insists on.
export const api = createClient<paths>({
  baseUrl: typeof location === 'undefined' ? '' : location.origin,
  fetch: authFetch,
});

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The data of a success, or an ApiError: what TanStack Query wants from a query function. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof SessionExpiredError || error instanceof ApiError) throw error;
    throw new ApiError(0, NETWORK_ERROR, error instanceof Error ? error.message : String(error));
  }
  if (!result.response.ok)
    throw ApiError.of(result.response.status, result.error, result.response.statusText);
  return result.data as T;
}

/**
 * Saves a download (a certificate PDF, an hours export) under the name the server suggests; POST for a
 * file whose making is itself the action (an insured list marked as sent).
 */
export async function download(
  path: string,
  fallbackName: string,
  method: 'GET' | 'POST' = 'GET',
): Promise<void> {
  const response = await authFetch(new Request(path, { method }));
  if (!response.ok) throw await ApiError.from(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  const name =
    /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name ? decodeURIComponent(name) : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
