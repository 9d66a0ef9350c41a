import { randomUUID } from 'node:crypto';
import { connect, type Msg, type NatsConnection } from '@nats-io/transport-node';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { partnersService } from '../src/partners.service-definition';

const prefix = () => process.env.NATS_SUBJECT_PREFIX!;

/**
 * Identity's two answers as its request handlers give them (Nest's reply packet), on the real NATS:
 * identity itself is tested against these subjects in apps/identity/test/partner-invitations.int-spec.ts;
 * this file is about partners. Each invitation can be "accepted" to hand out an account id.
 */
class IdentityDouble {
  readonly invitations = new Map<
    string,
    { email: string; organisationId: string; accountId: string | null }
  >();
  readonly takenEmails = new Set<string>(['admin@linkage.test']);

  constructor(private readonly nats: NatsConnection) {}

  start(): void {
    this.answer('rpc.identity.partner-invitations.create.v1', (data: any) => {
      if (this.takenEmails.has(data.email))
        return { err: { kind: 'conflict', code: 'EMAIL_TAKEN', message: `${data.email} is in use.` } };
      const id = randomUUID();
      this.invitations.set(id, { email: data.email, organisationId: data.organisationId, accountId: null });
      return {
        response: {
          invitationId: id,
          token: `token-${id}`,
          expiresAt: new Date(Date.now() + 72 * 3_600_000).toISOString(),
        },
      };
    });
    this.answer('rpc.identity.invitations.find.v1', (data: any) => ({
      response: {
        found: (data.ids as string[]).flatMap((id) => {
          const i = this.invitations.get(id);
          return i
            ? [
                {
                  id,
                  accountId: i.accountId,
                  acceptedAt: i.accountId ? new Date().toISOString() : null,
                  expiresAt: new Date().toISOString(),
                },
              ]
            : [];
        }),
      },
    }));
  }

  /** The invitation to this address was accepted: an account now exists for it. */
  accept(email: string): string {
    const [id, invitation] = [...this.invitations].find(([, i]) => i.email === email)!;
    const accountId = randomUUID();
    this.invitations.set(id, { ...invitation, accountId });
    return accountId;
  }

  private answer(subject: string, reply: (data: unknown) => object): void {
    this.nats.subscribe(`${prefix()}${subject}`, {
      callback: (_error, msg: Msg) => {
        const packet = msg.json<{ id: string; data: unknown }>();
        msg.respond(JSON.stringify({ id: packet.id, isDisposed: true, ...reply(packet.data) }));
      },
    });
  }
}

describe('partners: an organisation’s members', () => {
  let partners: TestService;
  let nats: NatsConnection;
  let identity: IdentityDouble;
  let coordinator: HttpClient;
  let hospitalId: string;
  let otherId: string;

  const asMember = async (organisationId: string, accountId: string): Promise<HttpClient> =>
    partners.http.withToken(await tokenFor(principal('partner', { organisationId, accountId })));
  const organisation = async (name: string) =>
    (await coordinator.post('/api/organisations', { name, kind: 'hospital' })).body.id as string;

  beforeAll(async () => {
    nats = await connect({ servers: process.env.NATS_URL!.split(',') });
    identity = new IdentityDouble(nats);
    identity.start();
    await nats.flush();
    partners = await startTestService(partnersService);
    coordinator = partners.http.withToken(await tokenFor(principal('coordinator')));
    hospitalId = await organisation('莱山区人民医院记忆门诊');
    otherId = await organisation('芝罘区医院神经内科');
  });
  afterAll(async () => {
    await nats?.close();
    await partners?.close();
  });

  /** A coordinator invites the first manager; their acceptance links them on the next list. */
  async function manager(organisationId: string, email: string): Promise<HttpClient> {
    const invited = await coordinator.post(`/api/organisations/${organisationId}/members`, {
      email,
      displayName: '王主任',
      role: 'manager',
    });
    expect(invited.status).toBe(201);
    const accountId = identity.accept(email);
    await coordinator.get(`/api/organisations/${organisationId}/members`);
    return asMember(organisationId, accountId);
  }

  it('invites by email through identity, returns the link, and links the account once accepted', async () => {
    const invited = await coordinator.post(`/api/organisations/${hospitalId}/members`, {
      email: ' Li.Xiuying@Example.org ',
      displayName: '李秀英',
      role: 'staff',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.member).toMatchObject({
      email: 'li.xiuying@example.org',
      displayName: '李秀英',
      role: 'staff',
      status: 'invited',
      accountId: null,
    });
    expect(invited.body.invitation.link).toBe(`/invite?token=${invited.body.invitation.token}`);
    expect(identity.invitations.get(invited.body.invitation.id)).toMatchObject({
      organisationId: hospitalId,
    });

    const again = await coordinator.post(`/api/organisations/${hospitalId}/members`, {
      email: 'li.xiuying@example.org',
      displayName: '李秀英',
      role: 'staff',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('MEMBER_EMAIL_TAKEN');

    const accountId = identity.accept('li.xiuying@example.org');
    const listed = await coordinator.get(`/api/organisations/${hospitalId}/members`);
    expect(listed.status).toBe(200);
    expect(
      listed.body.items.find((m: { email: string }) => m.email === 'li.xiuying@example.org'),
    ).toMatchObject({
      status: 'active',
      accountId,
    });
  });

  it('keeps no member when identity refuses the invitation', async () => {
    const refused = await coordinator.post(`/api/organisations/${hospitalId}/members`, {
      email: 'admin@linkage.test',
      displayName: '冒名',
      role: 'staff',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('EMAIL_TAKEN');
    const listed = await coordinator.get(`/api/organisations/${hospitalId}/members?limit=100`);
    expect(listed.body.items.map((m: { email: string }) => m.email)).not.toContain('admin@linkage.test');
  });

  it('lets the manager list, invite, re-role and suspend their own organisation’s members; staff and others 404', async () => {
    const boss = await manager(hospitalId, 'wang.zhuren@example.org');
    const added = await boss.post(`/api/organisations/${hospitalId}/members`, {
      email: 'zhao.hushi@example.org',
      displayName: '赵护士',
      role: 'staff',
    });
    expect(added.status).toBe(201);
    const promoted = await boss.patch(`/api/organisations/${hospitalId}/members/${added.body.member.id}`, {
      role: 'manager',
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ role: 'manager', status: 'invited' });

    // A staff member sees no member list, like a missing organisation.
    const staffAccount = identity.accept('zhao.hushi@example.org');
    await coordinator.patch(`/api/organisations/${hospitalId}/members/${added.body.member.id}`, {
      role: 'staff',
    });
    await coordinator.get(`/api/organisations/${hospitalId}/members`);
    const staff = await asMember(hospitalId, staffAccount);
    const hidden = await staff.get(`/api/organisations/${hospitalId}/members`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe('MEMBERS_NOT_FOUND');

    // Another organisation's manager: 404 on this one's members, like a missing organisation.
    const otherBoss = await manager(otherId, 'chen.zhuren@example.org');
    const foreign = await otherBoss.get(`/api/organisations/${hospitalId}/members`);
    const missing = await otherBoss.get(`/api/organisations/${randomUUID()}/members`);
    expect(foreign.status).toBe(404);
    expect({ ...foreign.body, message: '' }).toEqual({ ...missing.body, message: '' });
    expect(
      (
        await otherBoss.patch(`/api/organisations/${hospitalId}/members/${added.body.member.id}`, {
          status: 'suspended',
        })
      ).status,
    ).toBe(404);

    const own = (await boss.get(`/api/organisations/${hospitalId}/members?limit=100`)).body.items.find(
      (m: { email: string }) => m.email === 'wang.zhuren@example.org',
    );
    const self = await boss.patch(`/api/organisations/${hospitalId}/members/${own.id}`, {
      status: 'suspended',
    });
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('MEMBER_SELF_CHANGE');
  });

  it('refuses a suspended member everything in partners, and lets them back when reinstated', async () => {
    const boss = await manager(hospitalId, 'sun.zhuren@example.org');
    const invited = await boss.post(`/api/organisations/${hospitalId}/members`, {
      email: 'qian.yisheng@example.org',
      displayName: '钱医生',
      role: 'staff',
    });
    const accountId = identity.accept('qian.yisheng@example.org');
    await boss.get(`/api/organisations/${hospitalId}/members`);
    const doctor = await asMember(hospitalId, accountId);
    expect((await doctor.get(`/api/organisations/${hospitalId}`)).status).toBe(200);

    const suspended = await boss.patch(`/api/organisations/${hospitalId}/members/${invited.body.member.id}`, {
      status: 'suspended',
    });
    expect(suspended.body.status).toBe('suspended');
    for (const path of [`/api/organisations/${hospitalId}`, '/api/inbox', '/api/projects']) {
      const refused = await doctor.get(path);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('MEMBER_SUSPENDED');
    }

    const back = await coordinator.patch(
      `/api/organisations/${hospitalId}/members/${invited.body.member.id}`,
      {
        status: 'active',
      },
    );
    expect(back.body.status).toBe('active');
    expect((await doctor.get(`/api/organisations/${hospitalId}`)).status).toBe(200);
  });

  it('takes no new members into a suspended organisation, and validates the invitation', async () => {
    const closed = await organisation('已停用的医院');
    await coordinator.patch(`/api/organisations/${closed}`, { status: 'suspended' });
    const refused = await coordinator.post(`/api/organisations/${closed}/members`, {
      email: 'x@example.org',
      displayName: '某人',
      role: 'staff',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('MEMBER_ORGANISATION_SUSPENDED');
    const invalid = await coordinator.post(`/api/organisations/${hospitalId}/members`, {
      email: 'not-an-email',
      displayName: '',
      role: 'director',
    });
    expect(invalid.status).toBe(400);
    expect((invalid.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual([
      'displayName',
      'email',
      'role',
    ]);
    const volunteer = partners.http.withToken(await tokenFor(principal('volunteer')));
    expect((await volunteer.get(`/api/organisations/${hospitalId}/members`)).status).toBe(403);
  });
});
