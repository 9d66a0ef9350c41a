import { principal, tokenFor, type TestService } from '@linkage/testing';
import { DataSource } from 'typeorm';
import { ADMIN, login, startIdentity, type Tokens } from './fixtures';

const ORGANISATION = '0190f0a0-0000-7000-8000-000000000001';

describe('identity: invitations', () => {
  let identity: TestService;
  let admin: Tokens;

  beforeAll(async () => {
    identity = await startIdentity();
    admin = await login(identity.http, ADMIN.email, ADMIN.password);
  });
  afterAll(() => identity.close());

  const invite = async (body: object, token = admin.accessToken) =>
    identity.http.withToken(token).post('/api/invitations', body);

  it('invites by email, shows the token once, and the acceptance creates the account and signs it in', async () => {
    const created = await invite({ email: 'Zhao.Min@Example.org', displayName: '赵敏', role: 'coordinator' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'zhao.min@example.org',
      mobile: null,
      displayName: '赵敏',
      role: 'coordinator',
      status: 'pending',
      acceptedAt: null,
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const hours = (Date.parse(created.body.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);

    const listed = await identity.http.withToken(admin.accessToken).get('/api/invitations?status=pending');
    expect(listed.status).toBe(200);
    expect(listed.body.items[0].id).toBe(created.body.id);
    expect(listed.body.items[0]).not.toHaveProperty('token');
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);

    const accepted = await identity.http.post('/api/invitations/accept', {
      token: created.body.token,
      password: 'zhao-min-2024',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: expect.any(String),
    });
    const me = await identity.http.withToken(accepted.body.accessToken).get('/api/auth/me');
    expect(me.body).toMatchObject({
      email: 'zhao.min@example.org',
      displayName: '赵敏',
      roles: ['coordinator'],
    });
    await login(identity.http, 'zhao.min@example.org', 'zhao-min-2024');

    const after = await identity.http.withToken(admin.accessToken).get('/api/invitations?status=accepted');
    expect(after.body.items[0]).toMatchObject({
      id: created.body.id,
      status: 'accepted',
      accountId: me.body.id,
    });

    const audit = await identity.http
      .withToken(admin.accessToken)
      .get(`/api/audit?recordId=${created.body.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'invitation.accepted',
      'invitation.created',
    ]);
  });

  it('refuses a second acceptance (409), an unknown token (404) and an expired invitation (422)', async () => {
    const created = await invite({ mobile: '13905351234', displayName: '钱多多', role: 'counsellor' });
    const body = { token: created.body.token, password: 'qian-duoduo-2024' };
    expect((await identity.http.post('/api/invitations/accept', body)).status).toBe(200);
    const twice = await identity.http.post('/api/invitations/accept', body);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('INVITATION_ALREADY_ACCEPTED');
    // Accepted by mobile only: the mobile number is the login.
    await login(identity.http, '13905351234', 'qian-duoduo-2024');

    const unknown = await identity.http.post('/api/invitations/accept', {
      token: 'x'.repeat(43),
      password: 'whatever-2024',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('INVITATION_NOT_FOUND');

    const stale = await invite({ email: 'late@example.org', displayName: '迟到', role: 'counsellor' });
    await identity.app
      .get(DataSource)
      .query('UPDATE invitations SET expires_at = ? WHERE id = ?', [
        new Date(Date.now() - 1000),
        stale.body.id,
      ]);
    const expired = await identity.http.post('/api/invitations/accept', {
      token: stale.body.token,
      password: 'late-late-2024',
    });
    expect(expired.status).toBe(422);
    expect(expired.body.code).toBe('INVITATION_EXPIRED');
    const listed = await identity.http.withToken(admin.accessToken).get('/api/invitations?status=expired');
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([stale.body.id]);
  });

  it('applies the password policy on acceptance, saying what is missing', async () => {
    const created = await invite({ email: 'weak@example.org', displayName: '弱密码', role: 'counsellor' });
    const weak = await identity.http.post('/api/invitations/accept', {
      token: created.body.token,
      password: 'abcdef',
    });
    expect(weak.status).toBe(422);
    expect(weak.body.code).toBe('PASSWORD_TOO_WEAK');
    expect(weak.body.message).toBe('The password needs at least 10 characters (it has 6) and a digit.');
    expect(weak.body.details).toEqual([
      {
        field: 'password',
        messages: ['password needs at least 10 characters (it has 6)', 'password needs a digit'],
      },
    ]);
    const same = await identity.http.post('/api/invitations/accept', {
      token: created.body.token,
      password: 'WEAK@example.org',
    });
    expect(same.body.code).toBe('PASSWORD_TOO_WEAK');
    const tooLong = await identity.http.post('/api/invitations/accept', {
      token: created.body.token,
      password: `a1${'x'.repeat(127)}`,
    });
    expect(tooLong.status).toBe(400);
    // Still pending: a refused password does not use the invitation up.
    expect(
      (
        await identity.http.post('/api/invitations/accept', {
          token: created.body.token,
          password: 'strong-enough-1',
        })
      ).status,
    ).toBe(200);
  });

  it('lets exactly one of two parallel acceptances create the account', async () => {
    const created = await invite({ email: 'twice@example.org', displayName: '并发', role: 'counsellor' });
    const results = await Promise.all(
      [1, 2].map(() =>
        identity.http.post('/api/invitations/accept', {
          token: created.body.token,
          password: 'parallel-2024',
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('INVITATION_ALREADY_ACCEPTED');
  });

  it('lets coordinators invite anyone but admins (403)', async () => {
    const coordinator = await tokenFor(principal('coordinator'));
    const admin403 = await invite(
      { email: 'boss@example.org', displayName: '老板', role: 'admin' },
      coordinator,
    );
    expect(admin403.status).toBe(403);
    expect(admin403.body.code).toBe('INVITATION_ROLE_FORBIDDEN');
    const partner = await invite(
      { email: 'partner@example.org', displayName: '伙伴', role: 'partner', organisationId: ORGANISATION },
      coordinator,
    );
    expect(partner.status).toBe(201);
    expect(partner.body).toMatchObject({ organisationId: ORGANISATION, volunteerId: null });

    for (const role of ['partner', 'volunteer', 'counsellor'] as const) {
      const response = await invite(
        { email: 'x@example.org', displayName: 'x', role },
        await tokenFor(principal(role)),
      );
      expect(response.status).toBe(403);
    }
    expect((await identity.http.get('/api/invitations')).status).toBe(401);
    expect(
      (await identity.http.withToken(await tokenFor(principal('volunteer'))).get('/api/invitations')).status,
    ).toBe(403);
  });

  it('needs the binding a role implies (422) and a contact no account uses yet (409)', async () => {
    const partner = await invite({ email: 'p@example.org', displayName: '伙伴', role: 'partner' });
    expect(partner.status).toBe(422);
    expect(partner.body.code).toBe('ORGANISATION_REQUIRED');
    const volunteer = await invite({ email: 'v@example.org', displayName: '志愿者', role: 'volunteer' });
    expect(volunteer.body.code).toBe('VOLUNTEER_REQUIRED');

    const taken = await invite({
      email: ADMIN.email.toUpperCase(),
      displayName: '重复',
      role: 'coordinator',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('EMAIL_TAKEN');
  });

  it('answers bad input with a 400 naming the fields, and asks for an email or a mobile', async () => {
    const bad = await invite({
      email: 'not-an-email',
      mobile: '12345',
      displayName: '',
      role: 'king',
      extra: 1,
    });
    expect(bad.status).toBe(400);
    const fields = (bad.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['displayName', 'email', 'extra', 'mobile', 'role']);

    const neither = await invite({ displayName: '无联系方式', role: 'counsellor' });
    expect(neither.status).toBe(400);
    expect(neither.body.details).toEqual([
      { field: 'email', messages: ['give an email, a mobile number, or both'] },
    ]);
  });
});
