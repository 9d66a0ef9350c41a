import { ApiError, api, session } from '../api/client';
import { changeLanguage, preferredLanguage } from '../i18n';
import { accountOf } from './session';

/** Signs in with identity and applies the language this account chose last time. */
export async function signIn(login: string, password: string): Promise<{ sameAccount: boolean }> {
  const { data, error, response } = await api.POST('/api/auth/login', { body: { login, password } });
  if (!response.ok || !data) throw ApiError.of(response.status, error);
  const account = accountOf(data.accessToken);
  await changeLanguage(preferredLanguage(account.accountId), account.accountId);
  return session.signIn({ accessToken: data.accessToken, refreshToken: data.refreshToken });
}
