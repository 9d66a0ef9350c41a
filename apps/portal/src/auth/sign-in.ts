import { ApiError, api, session } from '../api/client';
import { changeLanguage, preferredLanguage } from '../i18n';
import { accountOf } from './session';

/** Signs in with identity and applies the language this account chose last time. */
export async function signIn(login: string, password: string): Promise<{ sameAccount: boolean }> {
  const { data, error, response } = await api.POST('/api/auth/login', { body: { login, password } });
  if (!response.ok || !data) throw ApiError.of(response.status, error);
  const account = accountOf(data.accessToken);
  rememberLogin(login);
  await changeLanguage(preferredLanguage(account.accountId), account.accountId);
  return session.signIn({ accessToken: data.accessToken, refreshToken: data.refreshToken });
}

const LAST_LOGIN = 'linkage.lastLogin';

/** The login name last used on this device, to fill in when the session ends. */
export function lastLogin(): string {
  try {
    return localStorage.getItem(LAST_LOGIN) ?? '';
  } catch {
    return '';
  }
}

function rememberLogin(login: string): void {
  try {
    localStorage.setItem(LAST_LOGIN, login);
  } catch {
    // Private mode without storage: nothing to remember.
  }
}
