/**
 * The screening service of the benchmark in its own process, as deployed (the load generator must not
 * share its event loop): `node dist/bench/screening/serve.js`, configured by its environment. It listens
 * on a free port of 127.0.0.1, tells the parent which (IPC), and closes when the parent says so or goes away.
 */
import { createService } from '@linkage/service-kit';
import { screeningService } from '../../apps/screening/src/screening.service-definition';

async function serve(): Promise<void> {
  const app = await createService(screeningService, process.env);
  await app.listen(0, '127.0.0.1');
  const close = (): void => {
    setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('message', (message: { type?: string; sample?: boolean }) => {
    if (message.type === 'stop') close();
    if (message.type === 'memory') process.send?.({ type: 'memory', rss: process.memoryUsage().rss });
  });
  process.on('disconnect', close);
  process.send?.({ type: 'ready', port: (app.getHttpServer().address() as { port: number }).port });
}

serve().catch((error: unknown) => {
  process.send?.({ type: 'failed', error: String(error) });
  process.exit(1);
});
