import { Agent, request } from 'undici';

export interface Reply<T = unknown> {
  status: number;
  body: T;
  /** Milliseconds from sending to the whole body read. */
  ms: number;
}

const REQUEST_TIMEOUT_MS = 60_000;

/** A small JSON client over one undici Agent; every request is bounded by a timeout. */
export class Client {
  readonly agent: Agent;

  constructor(connections: number) {
    this.agent = new Agent({
      connections,
      pipelining: 1,
      keepAliveTimeout: 120_000,
      connectTimeout: 10_000,
      headersTimeout: REQUEST_TIMEOUT_MS,
      bodyTimeout: REQUEST_TIMEOUT_MS,
    });
  }

  async send<T = any>(method: 'GET' | 'POST', url: string, token: string, body?: unknown): Promise<Reply<T>> {
    const started = performance.now();
    const response = await request(url, {
      method,
      dispatcher: this.agent,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.body.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text, for the error message
    }
    return { status: response.statusCode, body: parsed as T, ms: performance.now() - started };
  }

  /** Like send, but anything but the expected status is an error naming the request. */
  async expect<T = any>(
    status: number | number[],
    method: 'GET' | 'POST',
    url: string,
    token: string,
    body?: unknown,
  ): Promise<T> {
    const reply = await this.send<T>(method, url, token, body);
    if (!(Array.isArray(status) ? status : [status]).includes(reply.status)) {
      throw new Error(`${method} ${url} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    }
    return reply.body;
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

/** Runs `work` for items 0..count-1 with at most `concurrency` in flight; results in item order. */
export async function inBatches<T>(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next;
        next += 1;
        results[index] = await work(index);
      }
    }),
  );
  return results;
}
