/**
 * The signed-in session: the token pair, the account it names, and the refresh-token rotation identity
 * implements (single use, one family per sign-in; presenting a used refresh token revokes the family).
 *
 * - Refreshes are single flight: concurrent 401s share one refresh, and tabs take turns through the Web
 *   Locks API, re-reading storage first, so two tabs never present the same refresh token (which identity
 *   would treat as theft and end the session).
 * - When the refresh token is used up or expired, the session becomes `expired` but keeps the account, so
 *   the page (and a half-filled form) stays; the shell shows a sign-in dialog over it and requests waiting
 *   for a token continue once the same person signs in again.
 */

export type Role = 'admin' | 'coordinator' | 'counsellor' | 'partner' | 'volunteer';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export interface Account {
  accountId: string;
  name: string;
  roles: Role[];
  volunteerId: string | null;
  organisationId: string | null;
}

export type SessionState =
  | { status: 'signed_out' }
  | { status: 'signed_in'; account: Account }
  | { status: 'expired'; account: Account };

export class SessionExpiredError extends Error {
  constructor() {
    super('The session ended');
  }
}

const STORAGE_KEY = 'linkage.session';
const LOCK_NAME = 'linkage.session.refresh';
/** Refresh a little before expiry rather than earn a 401 first. */
const EARLY_REFRESH_SECONDS = 30;

interface Claims {
  sub: string;
  name?: string;
  roles?: Role[];
  vol?: string | null;
  org?: string | null;
  exp?: number;
}

export function decodeClaims(accessToken: string): Claims {
  const payload = accessToken.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Claims;
}

export function accountOf(accessToken: string): Account {
  const claims = decodeClaims(accessToken);
  return {
    accountId: claims.sub,
    name: claims.name ?? '',
    roles: claims.roles ?? [],
    volunteerId: claims.vol ?? null,
    organisationId: claims.org ?? null,
  };
}

type Listener = () => void;
type RefreshCall = (refreshToken: string) => Promise<Tokens | 'rejected'>;

export class Session {
  private tokens: Tokens | null = null;
  private state: SessionState = { status: 'signed_out' };
  private readonly listeners = new Set<Listener>();
  private refreshing: Promise<string> | null = null;
  private waiting: { resolve: (token: string) => void; reject: (error: Error) => void }[] = [];

  constructor(
    private readonly refreshCall: RefreshCall,
    private readonly storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.tokens = this.read();
    if (this.tokens) this.state = { status: 'signed_in', account: accountOf(this.tokens.accessToken) };
  }

  /** For useSyncExternalStore. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  /** After a sign-in (or a re-sign-in in the expired dialog). */
  signIn(tokens: Tokens): { sameAccount: boolean } {
    const previous = this.state.status === 'signed_out' ? null : this.state.account;
    const account = accountOf(tokens.accessToken);
    this.store(tokens);
    this.set({ status: 'signed_in', account });
    const waiting = this.waiting;
    this.waiting = [];
    const sameAccount = !previous || previous.accountId === account.accountId;
    for (const w of waiting) {
      if (sameAccount) w.resolve(tokens.accessToken);
      else w.reject(new SessionExpiredError());
    }
    return { sameAccount };
  }

  /** Forgets the tokens (the caller revokes the refresh token at identity first). */
  signOut(): void {
    this.store(null);
    this.set({ status: 'signed_out' });
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w.reject(new SessionExpiredError());
  }

  refreshToken(): string | null {
    return this.tokens?.refreshToken ?? null;
  }

  /** The access token to send now, refreshed first when it is about to expire. */
  async accessToken(): Promise<string | null> {
    if (this.state.status === 'expired') return this.waitForSignIn();
    if (!this.tokens) return null;
    const exp = decodeClaims(this.tokens.accessToken).exp;
    if (exp && exp - EARLY_REFRESH_SECONDS <= this.now() / 1000) return this.refresh(this.tokens.accessToken);
    return this.tokens.accessToken;
  }

  /**
   * A request with `failedToken` was refused (401): refresh, unless someone already did, and answer the
   * token to retry with. When the session cannot be refreshed it expires and this waits for the person
   * to sign in again (or rejects when they sign out or someone else signs in).
   */
  async recover(failedToken: string | null): Promise<string> {
    if (this.state.status === 'expired') return this.waitForSignIn();
    if (!this.tokens) throw new SessionExpiredError();
    if (failedToken !== this.tokens.accessToken) return this.tokens.accessToken;
    return this.refresh(failedToken);
  }

  private refresh(staleToken: string): Promise<string> {
    this.refreshing ??= this.withLock(() => this.refreshOnce(staleToken)).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshOnce(staleToken: string): Promise<string> {
    // Another tab may have rotated the pair while this one waited for the lock.
    const stored = this.read();
    if (stored && stored.accessToken !== staleToken) {
      this.tokens = stored;
      return stored.accessToken;
    }
    const refreshToken = this.tokens?.refreshToken;
    if (!refreshToken) throw new SessionExpiredError();
    const result = await this.refreshCall(refreshToken);
    if (result === 'rejected') {
      this.expire();
      return this.waitForSignIn();
    }
    this.store(result);
    this.set({ status: 'signed_in', account: accountOf(result.accessToken) });
    return result.accessToken;
  }

  /** The refresh token is spent: keep the account and the page, ask for the password again. */
  expire(): void {
    if (this.state.status === 'signed_out') return;
    this.store(null);
    this.set({ status: 'expired', account: this.state.account });
  }

  private waitForSignIn(): Promise<string> {
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return locks ? locks.request(LOCK_NAME, work) : work();
  }

  /** Another tab signed in, out or rotated the tokens. */
  adoptStorage(): void {
    const stored = this.read();
    this.tokens = stored;
    if (stored) {
      const account = accountOf(stored.accessToken);
      if (this.state.status === 'expired' && this.state.account.accountId === account.accountId) {
        this.signIn(stored);
      } else if (this.state.status !== 'expired') {
        this.set({ status: 'signed_in', account });
      }
    } else if (this.state.status === 'signed_in') {
      this.set({ status: 'signed_out' });
    }
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private store(tokens: Tokens | null): void {
    this.tokens = tokens;
    if (!this.storage) return;
    if (tokens) this.storage.setItem(STORAGE_KEY, JSON.stringify(tokens));
    else this.storage.removeItem(STORAGE_KEY);
  }

  private read(): Tokens | null {
    try {
      const raw = this.storage?.getItem(STORAGE_KEY);
      if (!raw) return null;
      const tokens = JSON.parse(raw) as Tokens;
      accountOf(tokens.accessToken);
      return tokens;
    } catch {
      return null;
    }
  }
}

export const SESSION_STORAGE_KEY = STORAGE_KEY;
