import type { TestService } from '@linkage/testing';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { ADMIN, login, startIdentity } from './fixtures';

const ORGANISATION = '0190f0a0-0000-7000-8000-0000000000b1';

/** Partners' questions to identity over NATS, asked as partners' RpcClient asks them (Nest's packet shape). */
describe('identity: partner invitations over NATS', () => {
  let identity: TestService;
  let nats: NatsConnection;

  const ask = async (subject: string, data: unknown): Promise<{ response?: any; err?: any }> => {
    const reply = await nats.request(
      `${process.env.NATS_SUBJECT_PREFIX}${subject}`,
      JSON.stringify({ pattern: subject, data, id: randomUUID() }),
      { timeout: 3000 },
    );
    return reply.json();
  };

  beforeAll(async () => {
    identity = await startIdentity();
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
  });
  afterAll(async () => {
    await nats?.close();
    await identity?.close();
  });

  it('invites a partner member bound to the organisation; accepting signs them in as that partner', async () => {
    const inviter = randomUUID();
    const created = await ask('rpc.identity.partner-invitations.create.v1', {
      organisationId: ORGANISATION,
      email: 'Li.Xiuying@Example.org',
      displayName: '李秀英',
      invitedBy: inviter,
    });
    expect(created.err ?? null).toBeNull();
    expect(created.response).toMatchObject({
      invitationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });

    const admin = await login(identity.http, ADMIN.email, ADMIN.password);
    const listed = (await identity.http.withToken(admin.accessToken).get('/api/invitations?status=pending'))
      .body;
    expect(listed.items.find((i: { id: string }) => i.id === created.response.invitationId)).toMatchObject({
      email: 'li.xiuying@example.org',
      role: 'partner',
      organisationId: ORGANISATION,
    });

    const before = await ask('rpc.identity.invitations.find.v1', { ids: [created.response.invitationId] });
    expect(before.response.found).toEqual([
      expect.objectContaining({ id: created.response.invitationId, accountId: null, acceptedAt: null }),
    ]);

    const accepted = await identity.http.post('/api/invitations/accept', {
      token: created.response.token,
      password: 'li-xiuying-2026',
    });
    expect(accepted.status).toBe(200);
    const me = (await identity.http.withToken(accepted.body.accessToken).get('/api/auth/me')).body;
    expect(me).toMatchObject({ roles: ['partner'], organisationId: ORGANISATION, displayName: '李秀英' });

    const after = await ask('rpc.identity.invitations.find.v1', {
      ids: [created.response.invitationId, randomUUID()],
    });
    expect(after.response.found).toEqual([
      expect.objectContaining({ id: created.response.invitationId, accountId: me.id }),
    ]);
  });

  it('answers an address already in use, and a malformed request, with an error the caller can map', async () => {
    const taken = await ask('rpc.identity.partner-invitations.create.v1', {
      organisationId: ORGANISATION,
      email: ADMIN.email,
      displayName: '冒名',
      invitedBy: null,
    });
    expect(taken.err).toMatchObject({ code: 'EMAIL_TAKEN' });
    const malformed = await ask('rpc.identity.partner-invitations.create.v1', {
      organisationId: 'x',
      email: 'no',
    });
    expect(malformed.err).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
