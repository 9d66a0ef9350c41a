import { BACKEND_SERVICES, type BackendServiceName } from '@linkage/config';
import { AppError } from '@linkage/errors';
import { REQUEST_ID_HEADER } from '@linkage/observability';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { GatewayConfig } from '../gateway.config';
import { mergeNewestFirst, type FromService } from './merge-pages';

/** What travels from the caller's request to each service: the token, the request id, the caller's address. */
export interface Caller {
  authorization: string | undefined;
  requestId: string;
  forwardedFor: string;
}

export function callerOf(request: FastifyRequest): Caller {
  const forwarded = request.headers['x-forwarded-for'];
  return {
    authorization: request.headers.authorization,
    requestId: request.id,
    // As the proxy does: the services trust one hop, the last address is the caller as the gateway saw it.
    forwardedFor: [forwarded, request.ip].flat().filter(Boolean).join(', '),
  };
}

/** A service's answer; status 0 when it gave none (down, timed out, not JSON). */
export interface ServiceAnswer {
  service: BackendServiceName;
  status: number;
  body: Record<string, unknown> | null;
}

export interface MergedPage<T> {
  items: FromService<T>[];
  nextCursor: string | null;
  /** Services that did not answer just now; their items are left out of this page. */
  unavailable: BackendServiceName[];
}

const answered = (a: ServiceAnswer): boolean => a.status > 0 && a.status < 500;

/**
 * Asks every backend service the same question, for what the gateway serves itself rather than routes
 * to one owner: lists every service keeps at the same path (audit trail, dead letters), merged into one,
 * and actions on a record only one of them holds.
 */
@Injectable()
export class ServicesFanOut {
  constructor(private readonly config: GatewayConfig) {}

  /**
   * GET `path` with the caller's query from every service and merges the pages newest first (keyset
   * paging by UUIDv7 id; the gateway's cursor is understood by every service). A service that does not
   * answer is named in `unavailable`; a query a service refuses (bad filter, no rights) is refused alike.
   */
  async mergedPage<T extends { id: string }>(
    path: string,
    search: URLSearchParams,
    caller: Caller,
  ): Promise<MergedPage<T>> {
    const limit = Math.min(Math.max(Number(search.get('limit') ?? 20) || 20, 1), 100);
    search.set('limit', String(limit));
    const answers = await Promise.all(
      BACKEND_SERVICES.map((service) =>
        this.ask(
          service,
          'GET',
          `${path}?${search.toString()}`,
          caller,
          this.config.UPSTREAM_CHECK_TIMEOUT_MS * 2,
        ),
      ),
    );
    const refused = answers.find((a) => a.status === 400 || a.status === 401 || a.status === 403);
    if (refused) throw refusal(refused);
    const pages = answers.filter((a) => a.status >= 200 && a.status < 300);
    return {
      ...mergeNewestFirst(
        pages.map((a) => ({
          service: a.service,
          items: (a.body?.items as T[] | undefined) ?? [],
          hasMore: Boolean(a.body?.nextCursor),
        })),
        limit,
      ),
      unavailable: answers.filter((a) => !answered(a)).map((a) => a.service),
    };
  }

  /**
   * Sends `method path` to every service, for a record (a UUIDv7, unique across services) only one of
   * them holds: the others answer 404. Returns the holder's answer as it gave it, or null with the
   * services that did not answer (one of them might be the holder).
   */
  async holderAnswer(
    method: 'POST',
    path: string,
    caller: Caller,
  ): Promise<{ holder: ServiceAnswer | null; unavailable: BackendServiceName[] }> {
    const answers = await Promise.all(
      BACKEND_SERVICES.map((service) =>
        this.ask(service, method, path, caller, this.config.PROXY_TIMEOUT_MS),
      ),
    );
    return {
      holder: answers.find((a) => answered(a) && a.status !== 404) ?? null,
      unavailable: answers.filter((a) => !answered(a)).map((a) => a.service),
    };
  }

  private async ask(
    service: BackendServiceName,
    method: string,
    path: string,
    caller: Caller,
    timeoutMs: number,
  ): Promise<ServiceAnswer> {
    try {
      const response = await fetch(`${this.config.serviceUrl(service)}${path}`, {
        method,
        headers: {
          ...(caller.authorization ? { authorization: caller.authorization } : {}),
          [REQUEST_ID_HEADER]: caller.requestId,
          'x-forwarded-for': caller.forwardedFor,
        },
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { service, status: response.status, body: (await response.json()) as Record<string, unknown> };
    } catch {
      return { service, status: 0, body: null };
    }
  }
}

/** The caller's own mistake (a bad filter) or missing rights: the same answer a service gave. */
function refusal({ status, body }: ServiceAnswer): AppError {
  return new AppError(
    status === 400 ? 'bad_request' : status === 401 ? 'unauthorized' : 'forbidden',
    typeof body?.code === 'string' ? body.code : 'REQUEST_FAILED',
    typeof body?.message === 'string' ? body.message : 'The query was refused.',
    body?.details,
  );
}
