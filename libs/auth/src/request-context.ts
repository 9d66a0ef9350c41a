import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './principal';

export interface RequestContextData {
  requestId: string;
  ip: string;
  principal: Principal | null;
  /** Set while a consumer handles an event: the event's id, so events it causes name their cause. */
  causationId?: string;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/**
 * Who is asking and from where, for the whole of one request, without threading it through every call:
 * the audit log reads it. Set by the HTTP app for each request; the guard adds the principal.
 */
export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  setPrincipal(principal: Principal): void {
    const store = storage.getStore();
    if (store) store.principal = principal;
  },
};
