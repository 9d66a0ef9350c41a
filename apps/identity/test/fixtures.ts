import { startTestService, type HttpClient, type TestService } from '@linkage/testing';
import type { Role } from '@linkage/auth';
import { identityService } from '../src/identity.service-definition';

export const ADMIN = { email: 'admin@linkage.test', password: 'first-admin-2024' };

export interface Tokens {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
}

/** Identity for one test file, with its first admin; failed logins only throttle where a test wants them to. */
export function startIdentity(overrides: Record<string, string> = {}): Promise<TestService> {
  return startTestService(identityService, {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_MAX_FAILURES_PER_IP: '10000',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
    ...overrides,
  });
}

export async function login(http: HttpClient, name: string, password: string): Promise<Tokens> {
  const response = await http.post<Tokens>('/api/auth/login', { login: name, password });
  if (response.status !== 200)
    throw new Error(`login ${name}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

let counter = 0;

export interface NewAccount {
  id: string;
  email: string;
  password: string;
  tokens: Tokens;
}

/** A new account with one role, made the way real ones are: an admin invites, the person accepts. */
export async function createAccount(
  http: HttpClient,
  adminToken: string,
  role: Role,
  extra: { organisationId?: string; volunteerId?: string; displayName?: string } = {},
): Promise<NewAccount> {
  counter += 1;
  const email = `${role}${counter}.${Date.now()}@linkage.test`;
  const password = `pass-word-${counter}-2024`;
  const invitation = await http.withToken(adminToken).post<{ token: string }>('/api/invitations', {
    email,
    displayName: extra.displayName ?? `测试${role}${counter}`,
    role,
    ...extra,
  });
  if (invitation.status !== 201)
    throw new Error(`invite: ${invitation.status} ${JSON.stringify(invitation.body)}`);
  const accepted = await http.post<Tokens>('/api/invitations/accept', {
    token: invitation.body.token,
    password,
  });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  const me = await http.withToken(accepted.body.accessToken).get<{ id: string }>('/api/auth/me');
  return { id: me.body.id, email, password, tokens: accepted.body };
}
