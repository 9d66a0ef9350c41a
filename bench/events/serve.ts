/**
 * One app of the event benchmark or fault tests in its own process, as a deployment runs it:
 * `node dist/bench/events/serve.js partners|probe`, configured by its environment (MYSQL_DATABASE,
 * NATS_URL, NATS_SUBJECT_PREFIX, EVENTS_*, …). It listens on a free port of 127.0.0.1, tells the parent
 * which (IPC), and closes when the parent says so or goes away. Started by ./processes.ts.
 *
 * Partners also takes `{ type: 'emit', seq, name }`: it commits one organisation.registered event through
 * its outbox (a transaction of its own, as a change would) and answers with the event's id and the time
 * the commit returned, so the benchmark can time commit → effect without an HTTP request in between.
 */
import { EventSubject } from '@linkage/contracts';
import { newId } from '@linkage/database';
import { Outbox } from '@linkage/messaging';
import { createService } from '@linkage/service-kit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { probeService } from './probe-service';

export type EventsApp = 'partners' | 'probe';

export type ServeMessage =
  | { type: 'ready'; port: number }
  | { type: 'failed'; error: string }
  | { type: 'emitted'; seq: number; eventId: string; committedAt: number }
  | { type: 'emit-failed'; seq: number; error: string };

export interface EmitMessage {
  type: 'emit';
  seq: number;
  name: string;
}

const CLOSE_TIMEOUT_MS = 10_000;

async function serve(kind: EventsApp): Promise<void> {
  const app: NestFastifyApplication = await createService(
    kind === 'partners' ? partnersService : probeService,
    process.env,
  );
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };

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
  process.on('message', (message: { type?: string } | EmitMessage) => {
    if (message.type === 'stop') close();
    if (message.type === 'emit' && kind === 'partners') void emit(app, message as EmitMessage);
  });
  // The parent went away (crashed or was killed): never outlive it.
  process.on('disconnect', close);
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
  send({ type: 'ready', port });
}

async function emit(app: NestFastifyApplication, { seq, name }: EmitMessage): Promise<void> {
  try {
    const changedAt = new Date().toISOString();
    const event = await app.get(DataSource).transaction((tx) =>
      app.get(Outbox).add(tx, EventSubject.partnersOrganisationRegistered, {
        organisationId: newId(),
        name,
        kind: 'social_work_ngo',
        district: null,
        status: 'active',
        version: 1,
        changedAt,
      }),
    );
    send({ type: 'emitted', seq, eventId: event.id, committedAt: Date.now() });
  } catch (error) {
    send({ type: 'emit-failed', seq, error: String(error) });
  }
}

function send(message: ServeMessage): void {
  process.send?.(message);
}

const kind = process.argv[2];
if (kind !== 'partners' && kind !== 'probe') {
  process.stderr.write(`usage: serve.js partners|probe (got ${kind})\n`);
  process.exit(2);
}
serve(kind).catch((error: unknown) => {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
