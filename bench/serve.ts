/**
 * One app of a benchmark in its own process, as a deployment runs it: `node dist/bench/serve.js
 * volunteers|gateway|anchor|anchor-proxy`, configured by its environment (the anchor and the proxy in
 * front of it are the bare servers of anchor.ts). It listens on a free port of 127.0.0.1, tells the
 * parent which (IPC), and closes when the parent says so or goes away. Started by bench/processes.ts.
 */
import { createService } from '@linkage/service-kit';
import { createGateway } from '../apps/gateway/src/gateway';
import { PROXY_CONNECTIONS_PER_SERVICE } from '../apps/gateway/src/routing/proxy';
import { volunteersService } from '../apps/volunteers/src/volunteers.service-definition';
import { createAnchor, createAnchorProxy } from './anchor';

export const SERVED_APPS = ['volunteers', 'gateway', 'anchor', 'anchor-proxy'] as const;
export type ServedApp = (typeof SERVED_APPS)[number];

interface Served {
  listen(port: number, host: string): Promise<unknown>;
  close(): Promise<unknown>;
  port(): number;
}

async function create(kind: ServedApp): Promise<Served> {
  if (kind === 'anchor' || kind === 'anchor-proxy') {
    const anchor =
      kind === 'anchor'
        ? await createAnchor(process.env)
        : await createAnchorProxy(process.env, PROXY_CONNECTIONS_PER_SERVICE);
    return {
      listen: (port, host) => anchor.listen({ port, host }),
      close: () => anchor.close(),
      port: () => (anchor.server.address() as { port: number }).port,
    };
  }
  const app =
    kind === 'volunteers'
      ? await createService(volunteersService, process.env)
      : await createGateway(process.env);
  return {
    listen: (port, host) => app.listen(port, host),
    close: () => app.close(),
    port: () => (app.getHttpServer().address() as { port: number }).port,
  };
}

export type ServeMessage = { type: 'ready'; port: number } | { type: 'failed'; error: string };

const CLOSE_TIMEOUT_MS = 10_000;

async function serve(kind: ServedApp): Promise<void> {
  const app = await create(kind);
  await app.listen(0, '127.0.0.1');
  const port = app.port();

  let closing = false;
  const close = (): void => {
    if (closing) return;
    closing = true;
    setTimeout(() => process.exit(1), CLOSE_TIMEOUT_MS).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'stop') close();
  });
  // The parent went away (crashed or was killed): never outlive it.
  process.on('disconnect', close);
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
  send({ type: 'ready', port });
}

function send(message: ServeMessage): void {
  process.send?.(message);
}

const kind = process.argv[2] as ServedApp;
if (!SERVED_APPS.includes(kind)) {
  process.stderr.write(`usage: serve.js ${SERVED_APPS.join('|')} (got ${kind})\n`);
  process.exit(2);
}
serve(kind).catch((error: unknown) => {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
