import {
  DEMO_ACCOUNTS,
  DEMO_ADMIN,
  DEMO_CAMPAIGN,
  DEMO_CERTIFICATIONS,
  DEMO_MORNING_SCREENERS,
  DEMO_ORGANISATIONS,
  DEMO_PARTNER_EVENT_TITLE,
  DEMO_PROGRAMMES,
  DEMO_PROJECT,
  DEMO_QUIT_PROGRAMME_TITLE,
  DEMO_STUDENTS,
  DEMO_TEAMS,
  DEMO_VOLUNTEERS,
  DEMO_WALK_SHIFT_TITLE,
  DEMO_WALK_TEAM,
  SCREENER_CERTIFICATE,
  demoMorningShift,
  demoPartnerEvent,
  demoQuitSessions,
  demoScreeningSession,
  demoShift,
  demoWalkShift,
  shanghaiDay,
  type DemoOrganisationKey,
} from './demo-data';

export interface SeedSummary {
  seeded: string[];
  skipped: string[];
}

/**
 * Loads the demo data through the gateway's public API, the way a coordinator would enter it, so it
 * passes the same validation and cross-service checks. Each resource is seeded only when it is empty.
 */
export async function seedDemoData(gatewayUrl: string): Promise<SeedSummary> {
  const api = new DemoApi(gatewayUrl);
  const summary: SeedSummary = { seeded: [], skipped: [] };
  const login = await api.post<{ accessToken: string }>('/api/auth/login', {
    login: process.env.ADMIN_EMAIL ?? DEMO_ADMIN.email,
    password: process.env.ADMIN_PASSWORD ?? DEMO_ADMIN.password,
  });
  api.token = login.accessToken;

  const organisationIds = new Map<DemoOrganisationKey, string>();
  if (await api.isEmpty('/api/organisations')) {
    for (const { key, ...organisation } of DEMO_ORGANISATIONS) {
      organisationIds.set(key, (await api.post<{ id: string }>('/api/organisations', organisation)).id);
    }
    summary.seeded.push(`${DEMO_ORGANISATIONS.length} organisations`);
  } else {
    summary.skipped.push('organisations');
  }

  const volunteerIds = new Map<string, string>();
  if (await api.isEmpty('/api/volunteers')) {
    for (const volunteer of DEMO_VOLUNTEERS) {
      volunteerIds.set(
        volunteer.studentNumber,
        (await api.post<{ id: string }>('/api/volunteers', volunteer)).id,
      );
    }
    summary.seeded.push(`${DEMO_VOLUNTEERS.length} volunteers`);
    for (const certification of DEMO_CERTIFICATIONS) {
      const { studentNumber, ...body } = certification;
      await api.post(`/api/volunteers/${volunteerIds.get(studentNumber)}/certifications`, body);
    }
    for (const team of DEMO_TEAMS) {
      const { id } = await api.post<{ id: string }>('/api/teams', {
        name: team.name,
        description: team.description,
      });
      for (const [role, people] of [
        ['leader', team.leaders],
        ['member', team.members],
      ] as const) {
        for (const studentNumber of people) {
          await api.request('PUT', `/api/teams/${id}/members/${volunteerIds.get(studentNumber)}`, { role });
        }
      }
    }
    await api.post('/api/shifts', demoShift(new Date()));
    await seedMorningShift(api, volunteerIds);
    summary.seeded.push(`${DEMO_TEAMS.length} teams, certifications, shifts`);
  } else {
    summary.skipped.push('volunteers');
  }

  if ((await api.isEmpty('/api/campaigns')) && organisationIds.size > 0) {
    const { partners, ...campaign } = DEMO_CAMPAIGN;
    await api.post('/api/campaigns', {
      ...campaign,
      partnerOrganisationIds: partners.map((key) => organisationIds.get(key)),
    });
    summary.seeded.push('the Memory Package campaign');
  } else {
    summary.skipped.push('campaigns');
  }

  // Accounts are made the way people join: an invitation, accepted with a password.
  const accounts = await api.request<{ items: unknown[] }>('GET', '/api/accounts?limit=2');
  if (accounts.items.length <= 1 && organisationIds.size > 0 && volunteerIds.size > 0) {
    for (const account of DEMO_ACCOUNTS) {
      const invitation = await api.post<{ token: string }>('/api/invitations', {
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        organisationId: 'organisation' in account ? organisationIds.get(account.organisation) : undefined,
        volunteerId: 'studentNumber' in account ? volunteerIds.get(account.studentNumber) : undefined,
      });
      await api.post('/api/invitations/accept', { token: invitation.token, password: account.password });
    }
    summary.seeded.push(`${DEMO_ACCOUNTS.length} demo accounts`);
  } else {
    summary.skipped.push('accounts');
  }
  // The demo counsellor plans the programmes, and so facilitates them (a programme needs a counsellor).
  const counsellor = await signedInAs(gatewayUrl, 'counsellor');
  if (counsellor && (await counsellor.isEmpty('/api/programmes'))) {
    for (const programme of DEMO_PROGRAMMES) await counsellor.post('/api/programmes', programme);
    summary.seeded.push(`${DEMO_PROGRAMMES.length} counselling programmes`);
  } else {
    summary.skipped.push('programmes');
  }
  // Every start: the students' accounts, and the quit group ready for the counselling walk.
  if (await ensureStudents(api)) summary.seeded.push(`${DEMO_STUDENTS.length} students' accounts`);
  if (counsellor && (await ensureQuitGroup(api, counsellor)))
    summary.seeded.push(`the quit group's peer facilitator and today's session`);
  const projectId = await seedProject(api, summary);
  if (projectId && (await seedPartnerEvent(gatewayUrl, projectId)))
    summary.seeded.push(`the partner event “${DEMO_PARTNER_EVENT_TITLE}”, submitted for review`);
  // Every start, not only the first: the walk needs a shift whose check-in is open today.
  if (await ensureWalkShift(api)) summary.seeded.push(`today's shift “${DEMO_WALK_SHIFT_TITLE}”`);
  if (await ensureTrainedScreener(api))
    summary.seeded.push(`the demo volunteer's ${SCREENER_CERTIFICATE} certificate`);
  if (await ensureCampaignUnderWay(api)) summary.seeded.push('the Memory Package campaign started');
  if (await ensureScreeningSession(api)) summary.seeded.push('a screening session of the Memory Package');
  return summary;
}

/**
 * The demo volunteer holds the screener's certificate (a system seeded before screening sessions asked
 * for it gets it on its next start), so they can sign up for a screening session's shift.
 */
async function ensureTrainedScreener(api: DemoApi): Promise<boolean> {
  const volunteer = DEMO_ACCOUNTS.find((a) => a.label === 'volunteer')!;
  const volunteers = await api.request<{ items: { id: string; studentNumber: string }[] }>(
    'GET',
    '/api/volunteers?limit=100',
  );
  const id = volunteers.items.find((v) => v.studentNumber === volunteer.studentNumber)?.id;
  if (!id) return false;
  const { certifications } = await api.request<{ certifications: { name: string }[] }>(
    'GET',
    `/api/volunteers/${id}`,
  );
  const names = certifications.map((c) => c.name);
  if (names.includes(SCREENER_CERTIFICATE)) return false;
  const certificate = DEMO_CERTIFICATIONS.find(
    (c) => c.studentNumber === volunteer.studentNumber && c.name === SCREENER_CERTIFICATE,
  )!;
  const { studentNumber: _, ...body } = certificate;
  await api.post(`/api/volunteers/${id}/certifications`, body);
  return true;
}

/**
 * The demo campaign under way: its eight communities' targets (a system seeded before they were part of
 * the demo gets them while the campaign is a draft) and started (active), once.
 */
async function ensureCampaignUnderWay(api: DemoApi): Promise<boolean> {
  const campaigns = await api.request<{ items: { id: string; name: string; status: string }[] }>(
    'GET',
    '/api/campaigns?limit=100',
  );
  const campaign = campaigns.items.find((c) => c.name === DEMO_CAMPAIGN.name);
  if (!campaign || campaign.status !== 'draft') return false;
  const { targets } = await api.request<{ targets: unknown[] }>('GET', `/api/campaigns/${campaign.id}`);
  if (targets.length === 0)
    await api.request('PATCH', `/api/campaigns/${campaign.id}`, { targets: DEMO_CAMPAIGN.targets });
  await api.post(`/api/campaigns/${campaign.id}/status`, { status: 'active' });
  return true;
}

/** One session of the demo campaign to come, when the campaign has none that has not ended. */
async function ensureScreeningSession(api: DemoApi): Promise<boolean> {
  const campaigns = await api.request<{ items: { id: string; name: string }[] }>(
    'GET',
    '/api/campaigns?limit=100',
  );
  const campaign = campaigns.items.find((c) => c.name === DEMO_CAMPAIGN.name);
  if (!campaign) return false;
  const sessions = await api.request<{ items: { endsAt: string; status: string }[] }>(
    'GET',
    `/api/campaigns/${campaign.id}/sessions?limit=100`,
  );
  if (sessions.items.some((s) => s.status === 'scheduled' && Date.parse(s.endsAt) > Date.now())) return false;
  await api.post(`/api/campaigns/${campaign.id}/sessions`, demoScreeningSession(new Date()));
  return true;
}

/** The five-party joint project, made active; its id (also when it was there already), or null. */
async function seedProject(api: DemoApi, summary: SeedSummary): Promise<string | null> {
  const existing = await api.request<{ items: { id: string; name: string }[] }>(
    'GET',
    `/api/projects?limit=100&q=${encodeURIComponent(DEMO_PROJECT.name)}`,
  );
  const found = existing.items.find((p) => p.name === DEMO_PROJECT.name);
  if (found) {
    summary.skipped.push('the joint project');
    return found.id;
  }
  const organisations = await api.request<{ items: { id: string; name: string }[] }>(
    'GET',
    '/api/organisations?limit=100',
  );
  const idOf = new Map(organisations.items.map((o) => [o.name, o.id] as const));
  const partners = DEMO_PROJECT.partners.map(({ organisation, role }) => ({
    organisationId: idOf.get(DEMO_ORGANISATIONS.find((o) => o.key === organisation)!.name),
    role,
  }));
  if (partners.some((p) => !p.organisationId)) return null;
  const { partners: _, ...project } = DEMO_PROJECT;
  const { id } = await api.post<{ id: string }>('/api/projects', { ...project, partners });
  await api.request('PATCH', `/api/projects/${id}`, { status: 'active' });
  summary.seeded.push('the five-party joint project');
  return id;
}

/** The demo partner's event, submitted, when the partner has registered none yet. */
async function seedPartnerEvent(gatewayUrl: string, projectId: string): Promise<boolean> {
  const partner = await signedInAs(gatewayUrl, 'partner');
  if (!partner || !(await partner.isEmpty('/api/events'))) return false;
  const { id } = await partner.post<{ id: string }>('/api/events', demoPartnerEvent(new Date(), projectId));
  await partner.post(`/api/events/${id}/submit`, {});
  return true;
}

/**
 * The API as a demo account, or null when that account does not exist (a system whose accounts were
 * made before the demo had it).
 */
async function signedInAs(
  gatewayUrl: string,
  label: (typeof DEMO_ACCOUNTS)[number]['label'],
): Promise<DemoApi | null> {
  const account = DEMO_ACCOUNTS.find((a) => a.label === label)!;
  const api = new DemoApi(gatewayUrl);
  const login = await api
    .post<{ accessToken: string }>('/api/auth/login', { login: account.email, password: account.password })
    .catch(() => null);
  if (!login) return null;
  api.token = login.accessToken;
  return api;
}

/**
 * The students who apply to the quit group: a volunteer profile and a volunteer-role account each, made
 * for those without an account yet (one whose profile exists already gets that profile). True when one
 * was made.
 */
async function ensureStudents(api: DemoApi): Promise<boolean> {
  let made = false;
  for (const student of DEMO_STUDENTS) {
    const { name, email, password, ftnd: _, ...profile } = student;
    if (await accountByEmail(api, email)) continue;
    const found = await api.request<{ items: { id: string; studentNumber: string }[] }>(
      'GET',
      `/api/volunteers?q=${student.studentNumber}&limit=10`,
    );
    const volunteerId =
      found.items.find((v) => v.studentNumber === student.studentNumber)?.id ??
      (await api.post<{ id: string }>('/api/volunteers', { name, ...profile })).id;
    const invitation = await api.post<{ token: string }>('/api/invitations', {
      email,
      displayName: name,
      role: 'volunteer',
      volunteerId,
    });
    await api.post('/api/invitations/accept', { token: invitation.token, password });
    made = true;
  }
  return made;
}

/**
 * The quit group as the counselling walk finds it: open, with the demo volunteer (李晓雯) as its peer
 * facilitator beside the demo counsellor, and a session today (with three weekly ones after it on a
 * first start). Its intake, applications and enrolments are left to the walk. True when it changed.
 */
async function ensureQuitGroup(api: DemoApi, counsellor: DemoApi): Promise<boolean> {
  const programmes = await counsellor.request<{
    items: { id: string; title: string; status: string; facilitators: { role: string }[] }[];
  }>('GET', '/api/programmes?limit=100');
  const quit = programmes.items.find((p) => p.title === DEMO_QUIT_PROGRAMME_TITLE);
  if (!quit) return false;
  let changed = false;
  if (!quit.facilitators.some((f) => f.role === 'peer')) {
    const [counsellorAccount, peer] = await Promise.all(
      (['counsellor', 'volunteer'] as const).map((label) => accountOf(api, label)),
    );
    if (!counsellorAccount || !peer?.volunteerId) return false;
    await counsellor.request('PUT', `/api/programmes/${quit.id}/facilitators`, {
      facilitators: [
        { accountId: counsellorAccount.id, role: 'counsellor', displayName: '吴静' },
        {
          accountId: peer.id,
          role: 'peer',
          volunteerId: peer.volunteerId,
          displayName: peer.displayName,
        },
      ],
    });
    changed = true;
  }
  if (quit.status === 'draft') {
    await counsellor.request('PATCH', `/api/programmes/${quit.id}`, { status: 'open' });
    changed = true;
  }
  const now = new Date();
  const sessions = await counsellor.request<{ startsAt: string }[]>(
    'GET',
    `/api/programmes/${quit.id}/sessions`,
  );
  const schedule = demoQuitSessions(now);
  const wanted =
    sessions.length === 0
      ? schedule
      : sessions.some((s) => shanghaiDay(new Date(s.startsAt)) === shanghaiDay(now))
        ? []
        : schedule.slice(0, 1);
  if (wanted.length > 0) {
    await counsellor.post(`/api/programmes/${quit.id}/sessions`, { sessions: wanted });
    changed = true;
  }
  return changed;
}

/** A demo account as identity has it (its id and volunteer profile), found by the admin. */
function accountOf(
  api: DemoApi,
  label: (typeof DEMO_ACCOUNTS)[number]['label'],
): Promise<DemoAccountRecord | null> {
  return accountByEmail(api, DEMO_ACCOUNTS.find((a) => a.label === label)!.email);
}

interface DemoAccountRecord {
  id: string;
  email: string | null;
  volunteerId: string | null;
  displayName: string;
}

async function accountByEmail(api: DemoApi, email: string): Promise<DemoAccountRecord | null> {
  const found = await api.request<{ items: DemoAccountRecord[] }>(
    'GET',
    `/api/accounts?q=${encodeURIComponent(email)}&limit=10`,
  );
  return found.items.find((a) => a.email === email) ?? null;
}

/** The morning's screening shift with three screeners' attendance recorded: hours to verify. */
async function seedMorningShift(api: DemoApi, volunteerIds: Map<string, string>): Promise<void> {
  const now = new Date();
  const shift = demoMorningShift(now);
  const { id } = await api.post<{ id: string }>('/api/shifts', shift);
  for (const studentNumber of DEMO_MORNING_SCREENERS) {
    const volunteerId = volunteerIds.get(studentNumber);
    await api.post(`/api/shifts/${id}/signups`, { volunteerId });
    await api.post(`/api/shifts/${id}/attendance`, {
      volunteerId,
      checkedInAt: shift.startsAt,
      checkedOutAt: new Date(now.getTime() - 5 * 60_000).toISOString(),
      reason: '按纸质签到表补录',
    });
  }
}

/**
 * Adds the walk's shift when no shift of that title still has an hour or more to go (on a first start,
 * and on a start another day), so the demo volunteer can sign up and check in at once. False when one is there.
 */
async function ensureWalkShift(api: DemoApi): Promise<boolean> {
  const now = new Date();
  const teams = await api.request<{ items: { id: string; name: string }[] }>('GET', '/api/teams?limit=100');
  const team = teams.items.find((t) => t.name === DEMO_WALK_TEAM);
  if (!team) return false;
  // The team's shifts that have not ended, soonest first.
  const shifts = await api.request<{ items: { title: string; endsAt: string }[] }>(
    'GET',
    `/api/shifts?teamId=${team.id}&limit=100`,
  );
  const current = shifts.items.some(
    (s) => s.title === DEMO_WALK_SHIFT_TITLE && new Date(s.endsAt).getTime() > now.getTime() + 3_600_000,
  );
  if (current) return false;
  await api.post('/api/shifts', demoWalkShift(now, team.id));
  return true;
}

class DemoApi {
  token: string | null = null;

  constructor(private readonly baseUrl: string) {}

  async isEmpty(path: string): Promise<boolean> {
    const page = await this.request<{ items: unknown[] }>('GET', `${path}?limit=1`);
    return page.items.length === 0;
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Demo data: ${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }
}
