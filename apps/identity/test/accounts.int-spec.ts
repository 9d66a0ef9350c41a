import { principal, tokenFor, type TestService } from '@linkage/testing';
import { ADMIN, createAccount, login, startIdentity, type Tokens } from './fixtures';

const ORGANISATION = '0190f0a0-0000-7000-8000-000000000001';
const VOLUNTEER = '0190f0a0-0000-7000-8000-000000000002';

describe('identity: accounts', () => {
  let identity: TestService;
  let admin: Tokens;

  beforeAll(async () => {
    identity = await startIdentity();
    admin = await login(identity.http, ADMIN.email, ADMIN.password);
  });
  afterAll(() => identity.close());

  it('lists accounts for admins and coordinators, newest first, by role and by text', async () => {
    const coordinator = await createAccount(identity.http, admin.accessToken, 'coordinator', {
      displayName: '李协调',
    });
    await createAccount(identity.http, admin.accessToken, 'counsellor', { displayName: '张咨询' });

    const all = await identity.http.withToken(coordinator.tokens.accessToken).get('/api/accounts?limit=2');
    expect(all.status).toBe(200);
    expect(all.body.items.map((a: { displayName: string }) => a.displayName)).toEqual(['张咨询', '李协调']);
    expect(all.body.nextCursor).toEqual(expect.any(String));
    const rest = await identity.http
      .withToken(admin.accessToken)
      .get(`/api/accounts?cursor=${all.body.nextCursor}`);
    expect(rest.body.items.map((a: { email: string }) => a.email)).toContain(ADMIN.email);

    const byRole = await identity.http.withToken(admin.accessToken).get('/api/accounts?role=coordinator');
    expect(byRole.body.items.map((a: { id: string }) => a.id)).toEqual([coordinator.id]);
    const byText = await identity.http
      .withToken(admin.accessToken)
      .get(`/api/accounts?q=${encodeURIComponent('咨询')}`);
    expect(byText.body.items).toHaveLength(1);
    const inactive = await identity.http.withToken(admin.accessToken).get('/api/accounts?active=false');
    expect(inactive.body.items).toEqual([]);
    expect(JSON.stringify(all.body)).not.toMatch(/argon2|passwordHash/);
  });

  it('shows one account to admins and coordinators; 404 for an unknown id, 400 for a malformed one', async () => {
    const me = await identity.http.withToken(admin.accessToken).get('/api/auth/me');
    const one = await identity.http
      .withToken(await tokenFor(principal('coordinator')))
      .get(`/api/accounts/${me.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(me.body);
    const missing = await identity.http
      .withToken(admin.accessToken)
      .get('/api/accounts/01900000-0000-7000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await identity.http.withToken(admin.accessToken).get('/api/accounts/nope')).status).toBe(400);
  });

  it('refuses other roles (403) and callers without a token (401)', async () => {
    for (const role of ['partner', 'volunteer', 'counsellor'] as const) {
      const response = await identity.http.withToken(await tokenFor(principal(role))).get('/api/accounts');
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('ROLE_FORBIDDEN');
    }
    expect((await identity.http.get('/api/accounts')).status).toBe(401);
    expect(
      (await identity.http.post('/api/accounts/01900000-0000-7000-8000-000000000000/deactivate')).status,
    ).toBe(401);
  });

  it('lets only admins change roles, checks the bindings, and audits before and after', async () => {
    const person = await createAccount(identity.http, admin.accessToken, 'coordinator');
    const asAdmin = identity.http.withToken(admin.accessToken);

    const asCoordinator = identity.http.withToken(await tokenFor(principal('coordinator')));
    expect((await asCoordinator.patch(`/api/accounts/${person.id}/roles`, { roles: ['admin'] })).status).toBe(
      403,
    );

    const unbound = await asAdmin.patch(`/api/accounts/${person.id}/roles`, { roles: ['partner'] });
    expect(unbound.status).toBe(422);
    expect(unbound.body.code).toBe('ORGANISATION_REQUIRED');
    const noVolunteer = await asAdmin.patch(`/api/accounts/${person.id}/roles`, { roles: ['volunteer'] });
    expect(noVolunteer.body.code).toBe('VOLUNTEER_REQUIRED');

    const changed = await asAdmin.patch(`/api/accounts/${person.id}/roles`, {
      roles: ['partner', 'coordinator'],
      organisationId: ORGANISATION,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      roles: ['coordinator', 'partner'],
      organisationId: ORGANISATION,
      volunteerId: null,
    });

    // The next refresh carries the new roles.
    const refreshed = await identity.http.post('/api/auth/refresh', {
      refreshToken: person.tokens.refreshToken,
    });
    const payload = JSON.parse(Buffer.from(refreshed.body.accessToken.split('.')[1], 'base64url').toString());
    expect(payload).toMatchObject({ roles: ['coordinator', 'partner'], org: ORGANISATION });

    const dropped = await asAdmin.patch(`/api/accounts/${person.id}/roles`, {
      roles: ['volunteer'],
      volunteerId: VOLUNTEER,
    });
    expect(dropped.body).toMatchObject({
      roles: ['volunteer'],
      organisationId: null,
      volunteerId: VOLUNTEER,
    });

    const audit = await asAdmin.get(`/api/audit?action=account.roles_changed&recordId=${person.id}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(2);
    expect(audit.body.items[1]).toMatchObject({
      outcome: 'allowed',
      recordType: 'account',
      actorRoles: 'admin',
      details: {
        before: { roles: ['coordinator'], organisationId: null, volunteerId: null },
        after: { roles: ['coordinator', 'partner'], organisationId: ORGANISATION, volunteerId: null },
      },
    });
  });

  it('answers a bad roles body with a 400 naming the fields', async () => {
    const me = await identity.http.withToken(admin.accessToken).get('/api/auth/me');
    const response = await identity.http
      .withToken(admin.accessToken)
      .patch(`/api/accounts/${me.body.id}/roles`, { roles: ['king'], organisationId: 'x' });
    expect(response.status).toBe(400);
    const fields = (response.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['organisationId', 'roles']);
    const empty = await identity.http
      .withToken(admin.accessToken)
      .patch(`/api/accounts/${me.body.id}/roles`, { roles: [] });
    expect(empty.status).toBe(400);
  });

  it('keeps the last active admin: it can neither lose the role nor be deactivated', async () => {
    const me = await identity.http.withToken(admin.accessToken).get('/api/auth/me');
    const asAdmin = identity.http.withToken(admin.accessToken);
    const demote = await asAdmin.patch(`/api/accounts/${me.body.id}/roles`, { roles: ['coordinator'] });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('LAST_ADMIN');
    expect((await asAdmin.post(`/api/accounts/${me.body.id}/deactivate`)).body.code).toBe('LAST_ADMIN');

    // With a second admin, the first may step down.
    const second = await createAccount(identity.http, admin.accessToken, 'admin');
    const stepDown = await identity.http
      .withToken(second.tokens.accessToken)
      .patch(`/api/accounts/${me.body.id}/roles`, { roles: ['admin', 'coordinator'] });
    expect(stepDown.status).toBe(200);
  });

  it('audits deactivation and reactivation', async () => {
    const person = await createAccount(identity.http, admin.accessToken, 'counsellor');
    const asAdmin = identity.http.withToken(admin.accessToken);
    await asAdmin.post(`/api/accounts/${person.id}/deactivate`);
    await asAdmin.post(`/api/accounts/${person.id}/deactivate`); // no change, nothing more to audit
    await asAdmin.post(`/api/accounts/${person.id}/activate`);
    const audit = await asAdmin.get(`/api/audit?recordId=${person.id}&recordType=account`);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a.startsWith('account.'))).toEqual([
      'account.activated',
      'account.deactivated',
    ]);
  });
});
