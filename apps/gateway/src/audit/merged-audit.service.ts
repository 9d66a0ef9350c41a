import { BACKEND_SERVICES, type BackendServiceName } from '@linkage/config';
import { encodeCursor } from '@linkage/database';
import { AppError } from '@linkage/errors';
import { Injectable } from '@nestjs/common';
import { GatewayConfig } from '../gateway.config';

interface ServiceAuditItem {
  id: string;
  [field: string]: unknown;
}

export type AuditItem = ServiceAuditItem & { service: BackendServiceName };

/**
 * One view over every service's audit trail. Ids are UUIDv7 (time-ordered) everywhere, so the same
 * keyset cursor pages each service's trail and the merge is a sort by id.
 */
@Injectable()
export class MergedAuditService {
  constructor(private readonly config: GatewayConfig) {}

  async query(
    search: URLSearchParams,
    authorization: string,
  ): Promise<{ items: AuditItem[]; nextCursor: string | null; unavailable: string[] }> {
    const limit = Math.min(Math.max(Number(search.get('limit') ?? 20) || 20, 1), 100);
    search.set('limit', String(limit));
    const answers = await Promise.all(
      BACKEND_SERVICES.map((service) => this.fetchTrail(service, search, authorization)),
    );
    const rejected = answers.find((a) => a.status === 400 || a.status === 401 || a.status === 403);
    if (rejected) {
      // The caller's own mistake (bad filter) or missing rights: the same answer a service gave.
      throw new AppError(
        rejected.status === 400 ? 'bad_request' : rejected.status === 401 ? 'unauthorized' : 'forbidden',
        typeof rejected.body?.code === 'string' ? rejected.body.code : 'REQUEST_FAILED',
        typeof rejected.body?.message === 'string' ? rejected.body.message : 'The audit query was refused.',
        rejected.body?.details,
      );
    }
    const items = answers.flatMap((a) => a.items).sort((x, y) => (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
    const more = items.length > limit || answers.some((a) => a.hasMore);
    const page = items.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page,
      nextCursor: more && last ? encodeCursor(last.id) : null,
      unavailable: answers.filter((a) => a.status === 0 || a.status >= 500).map((a) => a.service),
    };
  }

  private async fetchTrail(service: BackendServiceName, search: URLSearchParams, authorization: string) {
    try {
      const response = await fetch(`${this.config.serviceUrl(service)}/api/audit?${search.toString()}`, {
        headers: { authorization },
        signal: AbortSignal.timeout(this.config.UPSTREAM_CHECK_TIMEOUT_MS * 2),
      });
      const body = (await response.json()) as {
        items?: ServiceAuditItem[];
        nextCursor?: string | null;
      } & Record<string, unknown>;
      return {
        service,
        status: response.status,
        body,
        items: response.ok ? (body.items ?? []).map((item): AuditItem => ({ ...item, service })) : [],
        hasMore: response.ok && Boolean(body.nextCursor),
      };
    } catch {
      return { service, status: 0, body: null, items: [] as AuditItem[], hasMore: false };
    }
  }
}
