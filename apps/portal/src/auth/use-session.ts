import { useSyncExternalStore } from 'react';
import { api, session } from '../api/client';
import { queryClient } from '../app/query-client';
import type { Account, Role, SessionState } from './session';

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}

/** The signed-in (or expired, awaiting re-sign-in) account; only used below RequireSignIn. */
export function useAccount(): Account {
  const state = useSession();
  if (state.status === 'signed_out') throw new Error('useAccount outside a signed-in page');
  return state.account;
}

export function hasRole(account: Account, ...roles: Role[]): boolean {
  return roles.some((r) => account.roles.includes(r));
}

/** Revokes the refresh token's family at identity (best effort), then forgets everything locally. */
export async function signOut(): Promise<void> {
  const refreshToken = session.refreshToken();
  if (refreshToken) {
    await api.POST('/api/auth/logout', { body: { refreshToken } }).catch(() => undefined);
  }
  session.signOut();
  queryClient.clear();
}

/** Where an account lands after sign-in. */
export function homeOf(account: Account): string {
  if (hasRole(account, 'coordinator')) return '/c/dashboard';
  if (hasRole(account, 'admin')) return '/admin/accounts';
  if (hasRole(account, 'counsellor')) return '/k/programmes';
  if (hasRole(account, 'volunteer')) return '/v/shifts';
  if (hasRole(account, 'partner')) return '/p/events';
  return '/home';
}
