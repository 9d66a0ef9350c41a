import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The format's version, the first part of every ciphertext; a new layout gets a new one. */
const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KID = /^[A-Za-z0-9_-]{1,32}$/;

/** One data key: its id (stored beside every value it encrypts) and 32 bytes of key material. */
export interface FieldKey {
  kid: string;
  key: Buffer;
}

/** A value that cannot be decrypted: malformed, tampered with, for another context, or under an unknown key. */
export class FieldDecryptionError extends Error {
  constructor(reason: string) {
    super(`Cannot decrypt the field: ${reason}.`);
    this.name = 'FieldDecryptionError';
  }
}

const b64 = (bytes: Buffer): string => bytes.toString('base64url');

/**
 * Field-level encryption with AES-256-GCM: each value gets its own random IV and is written
 * `v1.<kid>.<iv>.<tag>.<ciphertext>` (base64url parts), so the key it was written with travels with it.
 * New values are encrypted with the active key; any listed key decrypts, so keys rotate by adding a new
 * active key and re-encrypting at leisure. The optional `context` (e.g. `note:<id>`) is authenticated
 * data: a value copied to another row does not decrypt there.
 */
export class FieldCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    keys: readonly FieldKey[],
    readonly activeKid: string,
  ) {
    for (const { kid, key } of keys) {
      if (!KID.test(kid)) throw new Error(`Key id "${kid}" must be 1–32 letters, digits, _ or -.`);
      if (key.length !== KEY_BYTES)
        throw new Error(`Key ${kid} must be ${KEY_BYTES} bytes, not ${key.length}.`);
    }
    this.keys = new Map(keys.map(({ kid, key }) => [kid, key]));
    if (this.keys.size !== keys.length) throw new Error('Two keys share one key id.');
    if (!this.keys.has(activeKid)) throw new Error(`The active key ${activeKid} is not among the keys.`);
  }

  encrypt(plaintext: string, context = ''): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.keys.get(this.activeKid)!, iv, {
      authTagLength: TAG_BYTES,
    });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.activeKid, b64(iv), b64(cipher.getAuthTag()), b64(body)].join('.');
  }

  decrypt(value: string, context = ''): string {
    const { kid, iv, tag, body } = parse(value);
    const key = this.keys.get(kid);
    if (!key) throw new FieldDecryptionError(`no key ${kid} is configured`);
    try {
      const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      throw new FieldDecryptionError('it was altered, or written for another record or with another key');
    }
  }

  /** The id of the key a value was encrypted with (to find values still under an old key). */
  static kidOf(value: string): string {
    return parse(value).kid;
  }
}

function parse(value: string): { kid: string; iv: Buffer; tag: Buffer; body: Buffer } {
  const parts = value.split('.');
  if (parts.length !== 5 || parts[0] !== VERSION) throw new FieldDecryptionError(`not a ${VERSION} value`);
  const [, kid, iv, tag, body] = parts;
  const bytes = [iv, tag, body].map((part) => Buffer.from(part, 'base64url'));
  if (!KID.test(kid) || bytes[0].length !== IV_BYTES || bytes[1].length !== TAG_BYTES) {
    throw new FieldDecryptionError(`not a ${VERSION} value`);
  }
  return { kid, iv: bytes[0], tag: bytes[1], body: bytes[2] };
}
