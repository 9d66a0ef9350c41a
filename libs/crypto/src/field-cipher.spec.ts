import { ConfigError } from '@linkage/config';
import { randomBytes } from 'node:crypto';
import { FieldCipher, FieldDecryptionError } from './field-cipher';
import { DEV_KEY_ID, fieldCipherFromEnv } from './field-keys';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const NOTE = '组员小李本周吸烟量下降，情绪平稳。';

describe('FieldCipher', () => {
  const cipher = new FieldCipher([{ kid: 'k1', key: k1 }], 'k1');

  it('round-trips Chinese text, with a fresh IV each time', () => {
    const a = cipher.encrypt(NOTE, 'note:1');
    const b = cipher.encrypt(NOTE, 'note:1');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.k1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(a).not.toContain(NOTE);
    expect(cipher.decrypt(a, 'note:1')).toBe(NOTE);
    expect(cipher.decrypt(cipher.encrypt(''))).toBe('');
    expect(FieldCipher.kidOf(a)).toBe('k1');
  });

  it.each([
    ['a changed ciphertext byte', (v: string) => changeLastPart(v)],
    [
      'a changed tag',
      (v: string) =>
        v
          .split('.')
          .map((p, i) => (i === 3 ? changeLastPart(p) : p))
          .join('.'),
    ],
    ['a changed key id', (v: string) => v.replace('.k1.', '.k9.')],
    ['another version', (v: string) => v.replace(/^v1/, 'v2')],
    ['a truncated value', (v: string) => v.split('.').slice(0, 4).join('.')],
    ['plain text', () => NOTE],
  ])('refuses %s', (_name, tamper) => {
    expect(() => cipher.decrypt(tamper(cipher.encrypt(NOTE, 'note:1')), 'note:1')).toThrow(
      FieldDecryptionError,
    );
  });

  it('refuses a value moved to another record (the context is authenticated)', () => {
    expect(() => cipher.decrypt(cipher.encrypt(NOTE, 'note:1'), 'note:2')).toThrow(FieldDecryptionError);
  });

  it('refuses the wrong key under the right id', () => {
    const impostor = new FieldCipher([{ kid: 'k1', key: k2 }], 'k1');
    expect(() => impostor.decrypt(cipher.encrypt(NOTE))).toThrow(FieldDecryptionError);
  });

  it('rotates: the new active key writes, old values still read, a dropped key does not', () => {
    const old = cipher.encrypt(NOTE);
    const rotated = new FieldCipher(
      [
        { kid: 'k1', key: k1 },
        { kid: 'k2', key: k2 },
      ],
      'k2',
    );
    expect(rotated.decrypt(old)).toBe(NOTE);
    const fresh = rotated.encrypt(NOTE);
    expect(FieldCipher.kidOf(fresh)).toBe('k2');
    expect(() => cipher.decrypt(fresh)).toThrow(/no key k2/);
  });

  it('refuses bad keys when built', () => {
    expect(() => new FieldCipher([{ kid: 'k1', key: randomBytes(16) }], 'k1')).toThrow(/32 bytes/);
    expect(() => new FieldCipher([{ kid: 'k1', key: k1 }], 'k2')).toThrow(/active key k2/);
  });
});

describe('fieldCipherFromEnv', () => {
  const keys = `k1:${k1.toString('base64')},k2:${k2.toString('base64')}`;

  it('encrypts with the active key and decrypts with any listed one', () => {
    const cipher = fieldCipherFromEnv({ FIELD_ENCRYPTION_KEYS: keys, FIELD_ENCRYPTION_ACTIVE_KEY: 'k2' });
    expect(FieldCipher.kidOf(cipher.encrypt(NOTE))).toBe('k2');
    const k1Only = fieldCipherFromEnv({ FIELD_ENCRYPTION_KEYS: `k1:${k1.toString('base64')}` });
    expect(cipher.decrypt(k1Only.encrypt(NOTE))).toBe(NOTE);
  });

  it('outside production falls back to the development key, warning once', () => {
    const warn = jest.fn();
    const cipher = fieldCipherFromEnv({ NODE_ENV: 'development' }, warn);
    fieldCipherFromEnv({}, warn);
    expect(cipher.activeKid).toBe(DEV_KEY_ID);
    expect(cipher.decrypt(fieldCipherFromEnv({}, warn).encrypt(NOTE))).toBe(NOTE);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/FIELD_ENCRYPTION_KEYS is not set/);
  });

  it.each([
    ['no keys in production', { NODE_ENV: 'production' }, /FIELD_ENCRYPTION_KEYS: is required in production/],
    ['a short key', { FIELD_ENCRYPTION_KEYS: `k1:${randomBytes(8).toString('base64')}` }, /must be 32 bytes/],
    ['an entry without a kid', { FIELD_ENCRYPTION_KEYS: k1.toString('base64') }, /kid:base64/],
    [
      'several keys and none active',
      { FIELD_ENCRYPTION_KEYS: keys },
      /FIELD_ENCRYPTION_ACTIVE_KEY: must name/,
    ],
    [
      'an active key not listed',
      { FIELD_ENCRYPTION_KEYS: keys, FIELD_ENCRYPTION_ACTIVE_KEY: 'k3' },
      /names k3/,
    ],
  ])('refuses to start with %s', (_name, env, message) => {
    expect(() => fieldCipherFromEnv(env, jest.fn())).toThrow(ConfigError);
    expect(() => fieldCipherFromEnv(env, jest.fn())).toThrow(message);
  });

  it('never prints a key in its messages', () => {
    try {
      fieldCipherFromEnv({ FIELD_ENCRYPTION_KEYS: `k1:${k1.toString('base64')}x` }, jest.fn());
    } catch (error) {
      expect(String(error)).not.toContain(k1.toString('base64'));
    }
  });
});

/** Changes the first character of the (last) part: its bits are all significant, unlike a last character's. */
function changeLastPart(value: string): string {
  const at = value.lastIndexOf('.') + 1;
  return `${value.slice(0, at)}${value[at] === 'A' ? 'B' : 'A'}${value.slice(at + 1)}`;
}
