import { connect, type NatsConnection } from '@nats-io/transport-node';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { screeningService } from '../../apps/screening/src/screening.service-definition';

const RPC_TIMEOUT_MS = 800;

describe('screening knows partner organisations from their events and asks partners over NATS only for new ones', () => {
  let partners: TestService;
  let screening: TestService;
  let hospitalId: string;
  let toPartners: HttpClient;
  let toScreening: HttpClient;
  let foundationId: string;

  beforeAll(async () => {
    partners = await startTestService(partnersService);
    screening = await startTestService(screeningService, { RPC_TIMEOUT_MS: String(RPC_TIMEOUT_MS) });
    const token = await tokenFor(principal('coordinator'));
    toPartners = partners.http.withToken(token);
    toScreening = screening.http.withToken(token);
    hospitalId = (
      await toPartners.post('/api/organisations', { name: '烟台市莱山区人民医院', kind: 'hospital' })
    ).body.id;
    foundationId = (
      await toPartners.post('/api/organisations', { name: '烟台市慈善总会', kind: 'foundation' })
    ).body.id;
  });
  afterAll(async () => {
    await screening?.close();
    await partners?.close();
  });

  const campaign = (partnerOrganisationIds: string[]) => ({
    name: '“记忆礼包”社区认知障碍筛查',
    startsOn: '2026-09-01',
    endsOn: '2026-12-31',
    partnerOrganisationIds,
  });

  it('creates a campaign naming existing organisations, keeping their names', async () => {
    const created = await toScreening.post('/api/campaigns', campaign([hospitalId, foundationId]));
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    expect(created.body.partners).toEqual(
      expect.arrayContaining([
        { organisationId: hospitalId, name: '烟台市莱山区人民医院' },
        { organisationId: foundationId, name: '烟台市慈善总会' },
      ]),
    );
    const fetched = await toScreening.get(`/api/campaigns/${created.body.id}`);
    expect(fetched.body).toMatchObject({ startsOn: '2026-09-01', endsOn: '2026-12-31' });
    const byOrganisation = await toScreening.get(`/api/campaigns?organisationId=${foundationId}`);
    expect(byOrganisation.body.items.map((c: { id: string }) => c.id)).toContain(created.body.id);
  });

  it('answers 422 naming the organisation partners does not know, and stores nothing', async () => {
    const unknown = '01900000-0000-7000-8000-00000000abcd';
    const before = (await toScreening.get('/api/campaigns?limit=100')).body.items.length;
    const response = await toScreening.post('/api/campaigns', campaign([hospitalId, unknown]));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('PARTNER_ORGANISATION_UNKNOWN');
    expect(response.body.details).toEqual({ missing: [unknown] });
    expect(response.body.message).toContain(unknown);
    expect((await toScreening.get('/api/campaigns?limit=100')).body.items.length).toBe(before);
  });

  it('rejects a campaign that ends before it starts (422) and bad fields (400)', async () => {
    const backwards = await toScreening.post('/api/campaigns', { ...campaign([]), endsOn: '2026-08-01' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.code).toBe('CAMPAIGN_DATES_INVALID');
    const bad = await toScreening.post('/api/campaigns', {
      name: ' ',
      startsOn: '2026-13-01',
      endsOn: 'tomorrow',
      partnerOrganisationIds: ['nope'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'endsOn',
      'name',
      'partnerOrganisationIds',
      'startsOn',
    ]);
  });

  describe('when partners does not answer', () => {
    let silent: NatsConnection;
    // An id screening's copy of the directory does not hold, so it has to ask partners.
    const notYetKnown = '01900000-0000-7000-8000-00000000beef';

    afterEach(async () => {
      await silent?.close();
    });

    it('is a 503 naming partners within the timeout when a responder hangs', async () => {
      // A stand-in that subscribes to the subject and never replies: the request must time out.
      silent = await connect({ servers: process.env.NATS_URL!.split(',') });
      silent.subscribe(`${process.env.NATS_SUBJECT_PREFIX}rpc.partners.organisations.find.v1`, {
        callback: () => {},
      });
      await silent.flush();
      await partners.close({ dropDatabase: false });

      const started = Date.now();
      const response = await toScreening.post('/api/campaigns', campaign([hospitalId, notYetKnown]));
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        details: { service: 'partners', reason: 'timeout' },
      });
      expect(Date.now() - started).toBeLessThan(RPC_TIMEOUT_MS + 1500);
    });

    it('is an immediate 503 naming partners when nobody listens', async () => {
      const started = Date.now();
      const response = await toScreening.post('/api/campaigns', campaign([notYetKnown]));
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        details: { service: 'partners', reason: 'no_responders' },
      });
      expect(response.body.message).toContain('partners');
      expect(Date.now() - started).toBeLessThan(RPC_TIMEOUT_MS);
    });

    it('still creates a campaign of organisations screening already knows from their events', async () => {
      const response = await toScreening.post('/api/campaigns', campaign([hospitalId, foundationId]));
      expect(response.status).toBe(201);
      expect(response.body.partners).toEqual(
        expect.arrayContaining([{ organisationId: hospitalId, name: '烟台市莱山区人民医院' }]),
      );
    });
  });
});
