import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  HttpClient,
  principal,
  type HttpResponse,
  startTestService,
  startTestSystem,
  tokenFor,
  type TestService,
  type TestSystem,
} from '@linkage/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { counsellingService } from '../../apps/counselling/src/counselling.service-definition';
import { createGateway } from '../../apps/gateway/src/gateway';
import { identityService } from '../../apps/identity/src/identity.service-definition';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { screeningService } from '../../apps/screening/src/screening.service-definition';
import { volunteersService } from '../../apps/volunteers/src/volunteers.service-definition';

interface Gateway {
  app: NestFastifyApplication;
  http: HttpClient;
}

async function startGateway(env: Record<string, string>): Promise<Gateway> {
  const app = await createGateway({ ...process.env, ...env, PORT: '0', UPSTREAM_CHECK_TIMEOUT_MS: '1000' });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, http: new HttpClient(`http://127.0.0.1:${port}`) };
}

async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const POISON = ['01930000-0000-7000-8000-0000000000d1', '01930000-0000-7000-8000-0000000000d2'];

/**
 * Dead letters are kept by each consuming service; admins see and resolve them at the gateway only.
 * Volunteers and screening both consume partners' organisation events, so one invalid event published
 * into the PARTNERS stream is parked by each of them.
 */
describe('dead letters of every service, merged at the gateway', () => {
  let system: TestSystem;
  let gateway: Gateway;
  let admin: HttpClient;
  let nats: NatsConnection;

  beforeAll(async () => {
    system = await startTestSystem([partnersService, volunteersService, screeningService]);
    gateway = await startGateway(system.gatewayEnv);
    admin = gateway.http.withToken(await tokenFor(principal('admin')));
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    const js = jetstream(nats);
    for (const id of POISON) {
      await js.publish(
        `${process.env.NATS_SUBJECT_PREFIX!}partners.organisation.changed.v1`,
        JSON.stringify({
          id,
          subject: 'partners.organisation.changed.v1',
          occurredAt: new Date().toISOString(),
          producer: 'partners',
          correlationId: 'poison',
          causationId: null,
          payload: { organisationId: 'not-a-uuid', name: '' },
        }),
        { msgID: id },
      );
      // Both consumers park this one before the next is published, so the order of parking is known.
      await eventually(async () => {
        const page = await admin.get('/api/dead-letters?limit=100');
        return page.body.items.filter((d: { eventId: string }) => d.eventId === id).length === 2;
      }, 5000);
    }
  });
  afterAll(async () => {
    await nats?.close();
    await gateway?.app.close();
    await system?.close();
  });

  it('lists both services’ dead letters newest first, each naming its service, and who did not answer', async () => {
    const page = await admin.get('/api/dead-letters');
    expect(page.status).toBe(200);
    const items: { id: string; service: string; eventId: string }[] = page.body.items;
    expect(items).toHaveLength(4);
    expect(items.map((d) => d.id)).toEqual(
      items
        .map((d) => d.id)
        .sort()
        .reverse(),
    );
    // The second event was parked after the first in both services: newest first across services.
    expect(items.map((d) => d.eventId)).toEqual([POISON[1], POISON[1], POISON[0], POISON[0]]);
    expect(new Set(items.slice(0, 2).map((d) => d.service))).toEqual(new Set(['volunteers', 'screening']));
    expect(page.body.items[0]).toMatchObject({
      subject: 'partners.organisation.changed.v1',
      consumer: page.body.items[0].service,
      status: 'parked',
      deliveries: 1,
      resolvedAt: null,
      event: { id: POISON[1], payload: { organisationId: 'not-a-uuid' } },
    });
    expect(page.body.items[0].error).toContain('organisationId');
    expect(page.body.nextCursor).toBeNull();
    expect([...page.body.unavailable].sort()).toEqual(['counselling', 'identity']);
  });

  it('pages the merged list by cursor without skipping or repeating one', async () => {
    const all = (await admin.get('/api/dead-letters')).body.items.map((d: { id: string }) => d.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: HttpResponse<{ items: { id: string }[]; nextCursor: string | null }> = await admin.get(
        `/api/dead-letters?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((d) => d.id));
      cursor = page.body.nextCursor;
    } while (cursor && seen.length < 10);
    expect(seen).toEqual(all);
    expect((await admin.get('/api/dead-letters?cursor=nonsense')).body.code).toBe('INVALID_CURSOR');
  });

  it('passes on the holder’s answer: 422 when a replay fails again, 200 on discard, then 409', async () => {
    const [entry] = (await admin.get('/api/dead-letters?status=parked')).body.items;
    const replay = await admin.post(`/api/dead-letters/${entry.id}/replay`);
    expect(replay.status).toBe(422);
    expect(replay.body.code).toBe('DEAD_LETTER_REPLAY_FAILED');

    const discarded = await admin.post(`/api/dead-letters/${entry.id}/discard`);
    expect(discarded.status).toBe(200);
    expect(discarded.body).toMatchObject({ id: entry.id, service: entry.service, status: 'discarded' });
    expect(discarded.body.resolvedAt).toEqual(expect.any(String));

    const again = await admin.post(`/api/dead-letters/${entry.id}/discard`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'DEAD_LETTER_RESOLVED', details: { status: 'discarded' } });

    const parked = (await admin.get('/api/dead-letters?status=parked')).body.items.map((d: any) => d.id);
    const gone = (await admin.get('/api/dead-letters?status=discarded')).body.items.map((d: any) => d.id);
    expect(parked).not.toContain(entry.id);
    expect(gone).toEqual([entry.id]);
    expect((await admin.get('/api/dead-letters?status=lost')).body.code).toBe('VALIDATION_FAILED');
  });

  it('cannot say "not found" while a service that might hold it does not answer', async () => {
    const response = await admin.post('/api/dead-letters/01930000-0000-7000-8000-00000000dead/discard');
    expect(response.status).toBe(503);
    expect(response.body.code).toBe('SERVICE_UNAVAILABLE');
    expect([...response.body.details.services].sort()).toEqual(['counselling', 'identity']);
  });

  it('keeps them to admins', async () => {
    const volunteer = gateway.http.withToken(await tokenFor(principal('volunteer')));
    const id = (await admin.get('/api/dead-letters?status=parked')).body.items[0].id;
    for (const response of [
      await volunteer.get('/api/dead-letters'),
      await volunteer.post(`/api/dead-letters/${id}/replay`),
      await volunteer.post(`/api/dead-letters/${id}/discard`),
    ]) {
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('ROLE_FORBIDDEN');
    }
    expect((await gateway.http.get('/api/dead-letters')).status).toBe(401);
    // Untouched by the refused attempts.
    expect((await admin.get('/api/dead-letters?status=parked')).body.items.map((d: any) => d.id)).toContain(
      id,
    );
  });

  describe('with every service answering', () => {
    let others: TestService[];
    let everyone: Gateway;

    beforeAll(async () => {
      others = [await startTestService(identityService), await startTestService(counsellingService)];
      everyone = await startGateway({
        ...system.gatewayEnv,
        IDENTITY_URL: others[0].url,
        COUNSELLING_URL: others[1].url,
      });
    });
    afterAll(async () => {
      await everyone?.app.close();
      await Promise.all((others ?? []).map((s) => s.close()));
    });

    it('answers 404 DEAD_LETTER_NOT_FOUND for an id no service holds, and names no one unavailable', async () => {
      const asAdmin = everyone.http.withToken(await tokenFor(principal('admin')));
      for (const action of ['replay', 'discard']) {
        const response = await asAdmin.post(
          `/api/dead-letters/01930000-0000-7000-8000-00000000dead/${action}`,
        );
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('DEAD_LETTER_NOT_FOUND');
      }
      const page = await asAdmin.get('/api/dead-letters');
      expect(page.body.unavailable).toEqual([]);
      expect(page.body.items).toHaveLength(4);
    });
  });
});
