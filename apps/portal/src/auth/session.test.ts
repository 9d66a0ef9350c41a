import { describe, expect, it, vi } from 'vitest';
import { Session, SessionExpiredError, type Tokens } from './session';

function token(sub: string, exp = Math.floor(Date.now() / 1000) + 900, n = 0): string {
  const payload = Buffer.from(
    JSON.stringify({ sub, name: '李晓雯', roles: ['volunteer'], vol: 'v1', exp, n }),
  ).toString('base64url');
  return `h.${payload}.s`;
}

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

describe('Session', () => {
  it('reads the account from the access token', () => {
    const session = new Session(vi.fn(), memoryStorage());
    session.signIn({ accessToken: token('a1'), refreshToken: 'r1' });
    expect(session.getState()).toEqual({
      status: 'signed_in',
      account: {
        accountId: 'a1',
        name: '李晓雯',
        roles: ['volunteer'],
        volunteerId: 'v1',
        organisationId: null,
      },
    });
  });

  it('refreshes once for requests refused together (single flight)', async () => {
    let calls = 0;
    const refresh = vi.fn(async (): Promise<Tokens> => {
      calls++;
      await new Promise((r) => setTimeout(r, 10));
      return { accessToken: token('a1', undefined, calls), refreshToken: `r${calls + 1}` };
    });
    const session = new Session(refresh, memoryStorage());
    const first = token('a1');
    session.signIn({ accessToken: first, refreshToken: 'r1' });
    const [a, b, c] = await Promise.all([
      session.recover(first),
      session.recover(first),
      session.recover(first),
    ]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledWith('r1');
    expect(new Set([a, b, c]).size).toBe(1);
    expect(session.refreshToken()).toBe('r2');
    // A request that failed with an old token after the refresh does not refresh again.
    expect(await session.recover(first)).toBe(a);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('refreshes ahead of the expiry', async () => {
    const refresh = vi.fn(async () => ({ accessToken: token('a1'), refreshToken: 'r2' }));
    const session = new Session(refresh, memoryStorage());
    session.signIn({ accessToken: token('a1', Math.floor(Date.now() / 1000) + 10), refreshToken: 'r1' });
    await session.accessToken();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('keeps the page when the refresh token is spent: requests wait for the same person to sign in', async () => {
    const session = new Session(async () => 'rejected' as const, memoryStorage());
    const first = token('a1');
    session.signIn({ accessToken: first, refreshToken: 'r1' });
    const waiting = session.recover(first);
    await vi.waitFor(() => expect(session.getState().status).toBe('expired'));
    expect(session.getState()).toMatchObject({ status: 'expired', account: { accountId: 'a1' } });

    const again = token('a1', undefined, 7);
    expect(session.signIn({ accessToken: again, refreshToken: 'r9' })).toEqual({ sameAccount: true });
    await expect(waiting).resolves.toBe(again);
  });

  it('does not send a waiting request as someone else', async () => {
    const session = new Session(async () => 'rejected' as const, memoryStorage());
    const first = token('a1');
    session.signIn({ accessToken: first, refreshToken: 'r1' });
    const waiting = session.recover(first);
    await vi.waitFor(() => expect(session.getState().status).toBe('expired'));
    expect(session.signIn({ accessToken: token('someone-else'), refreshToken: 'x' })).toEqual({
      sameAccount: false,
    });
    await expect(waiting).rejects.toBeInstanceOf(SessionExpiredError);
  });

  it('adopts tokens another tab rotated instead of presenting a used refresh token', async () => {
    const storage = memoryStorage();
    const refresh = vi.fn(async () => ({ accessToken: token('a1'), refreshToken: 'never' }));
    const tab1 = new Session(refresh, storage);
    const first = token('a1');
    tab1.signIn({ accessToken: first, refreshToken: 'r1' });
    // Another tab refreshed and stored the next pair.
    const rotated = token('a1', undefined, 2);
    storage.setItem('linkage.session', JSON.stringify({ accessToken: rotated, refreshToken: 'r2' }));
    expect(await tab1.recover(first)).toBe(rotated);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('forgets everything on sign-out', () => {
    const storage = memoryStorage();
    const session = new Session(vi.fn(), storage);
    session.signIn({ accessToken: token('a1'), refreshToken: 'r1' });
    session.signOut();
    expect(session.getState()).toEqual({ status: 'signed_out' });
    expect(storage.getItem('linkage.session')).toBeNull();
  });
});
