import { ConfigError } from '@linkage/config';
import { randomBytes } from 'node:crypto';
import { BlindIndex, blindIndexFromEnv } from './blind-index';

const ID_NUMBER = '37061319560312002X';

describe('BlindIndex', () => {
  const key = randomBytes(32);
  const index = new BlindIndex(key);

  it('gives the same hash for the same value and purpose, and hides the value', () => {
    const a = index.hash('resident.id_number', ID_NUMBER);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(index.hash('resident.id_number', ID_NUMBER)).toBe(a);
    expect(a).not.toContain(ID_NUMBER);
    expect(index.hash('resident.id_number', '370613195603120038')).not.toBe(a);
  });

  it('keeps purposes apart and depends on the key', () => {
    const a = index.hash('resident.id_number', ID_NUMBER);
    expect(index.hash('resident.phone', ID_NUMBER)).not.toBe(a);
    expect(new BlindIndex(randomBytes(32)).hash('resident.id_number', ID_NUMBER)).not.toBe(a);
    expect(new BlindIndex(Buffer.from(key)).hash('resident.id_number', ID_NUMBER)).toBe(a);
  });

  it('hashes Chinese text as UTF-8', () => {
    const a = index.hash('resident.person', '王桂兰\u00001956-03-12\u0000滨海路社区');
    expect(index.hash('resident.person', '王桂兰\u00001956-03-12\u0000滨海路社区')).toBe(a);
    expect(index.hash('resident.person', '王桂芝\u00001956-03-12\u0000滨海路社区')).not.toBe(a);
  });

  it('refuses a short key and a malformed purpose', () => {
    expect(() => new BlindIndex(randomBytes(16))).toThrow(/32 bytes/);
    expect(() => index.hash('Resident ID', ID_NUMBER)).toThrow(/purpose/);
  });
});

describe('blindIndexFromEnv', () => {
  it('uses FIELD_HASH_KEY', () => {
    const key = randomBytes(32);
    const fromEnv = blindIndexFromEnv({ FIELD_HASH_KEY: key.toString('base64') }, jest.fn());
    expect(fromEnv.hash('p', ID_NUMBER)).toBe(new BlindIndex(key).hash('p', ID_NUMBER));
  });

  it('outside production falls back to the development key, warning once', () => {
    const warn = jest.fn();
    const a = blindIndexFromEnv({ NODE_ENV: 'development' }, warn).hash('p', ID_NUMBER);
    expect(blindIndexFromEnv({}, warn).hash('p', ID_NUMBER)).toBe(a);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/FIELD_HASH_KEY is not set/);
  });

  it.each([
    ['no key in production', { NODE_ENV: 'production' }, /FIELD_HASH_KEY: is required in production/],
    ['a short key', { FIELD_HASH_KEY: randomBytes(8).toString('base64') }, /32 bytes/],
    ['a key that is not base64', { FIELD_HASH_KEY: `${'x'.repeat(43)}!` }, /base64/],
  ])('refuses to start with %s', (_name, env, message) => {
    expect(() => blindIndexFromEnv(env, jest.fn())).toThrow(ConfigError);
    expect(() => blindIndexFromEnv(env, jest.fn())).toThrow(message);
  });

  it('never prints the key in its messages', () => {
    const bad = `${randomBytes(32).toString('base64')}AAAA`;
    try {
      blindIndexFromEnv({ FIELD_HASH_KEY: bad }, jest.fn());
      throw new Error('accepted');
    } catch (error) {
      expect(String(error)).toMatch(/FIELD_HASH_KEY/);
      expect(String(error)).not.toContain(bad);
    }
  });
});
