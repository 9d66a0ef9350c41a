import { ConfigError } from '@linkage/config';
import { Logger } from '@nestjs/common';
import { createHash, createHmac } from 'node:crypto';

/** What the key is read from: `FIELD_HASH_KEY` (base64 of 32 random bytes). */
export interface BlindIndexEnv {
  FIELD_HASH_KEY?: string;
  NODE_ENV?: string;
}

const KEY_BYTES = 32;
const PURPOSE = /^[a-z0-9_.-]{1,60}$/;

/**
 * A fixed, public development key, so duplicates are still found after a restart on one machine. It
 * protects nothing (anyone can hash every ID number with it), which is why production refuses it.
 */
const DEV_HASH_KEY = createHash('sha256')
  .update('linkage development blind-index key, not a secret')
  .digest();

/**
 * A keyed hash (HMAC-SHA256) of a sensitive value, stored beside its encrypted form so equal values are
 * found with an index lookup, never by decrypting a table. Unlike a plain hash it cannot be reversed by
 * hashing every possible ID number without the key. Each `purpose` (`resident.id_number`) hashes into
 * its own space, so equal inputs to two purposes do not match. Callers normalise first: the hash is of
 * exactly the string given. Changing the key changes every hash: indexes are then recomputed from the
 * decrypted values, once.
 */
export class BlindIndex {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES)
      throw new Error(`The blind-index key must be ${KEY_BYTES} bytes, not ${key.length}.`);
    this.key = Buffer.from(key);
  }

  /** 64 lower-case hex characters. */
  hash(purpose: string, value: string): string {
    if (!PURPOSE.test(purpose))
      throw new Error(`Blind-index purpose "${purpose}" must be 1–60 of a-z 0-9 _ . -`);
    return createHmac('sha256', this.key).update(`${purpose}\u0000${value}`, 'utf8').digest('hex');
  }
}

let warned = false;

/**
 * The blind index from the environment: FIELD_HASH_KEY, base64 of 32 random bytes (`openssl rand -base64
 * 32`). Without it, outside production, the public development key is used and a warning says so once;
 * in production (NODE_ENV=production) a missing or bad key stops the start with a ConfigError naming it.
 * The key's value never appears in a message.
 */
export function blindIndexFromEnv(
  env: BlindIndexEnv,
  warn: (message: string) => void = (m) => new Logger('BlindIndex').warn(m),
): BlindIndex {
  const given = env.FIELD_HASH_KEY?.trim();
  if (!given) {
    if (env.NODE_ENV === 'production') {
      throw new ConfigError([
        {
          variable: 'FIELD_HASH_KEY',
          problem:
            'is required in production to find duplicates of confidential fields: set it to the base64 of 32 random bytes (openssl rand -base64 32)',
        },
      ]);
    }
    if (!warned) {
      warned = true;
      warn(
        'FIELD_HASH_KEY is not set: confidential fields are indexed with the public development key. Never use this outside development.',
      );
    }
    return new BlindIndex(DEV_HASH_KEY);
  }
  const key = Buffer.from(given, 'base64');
  const problem = !/^[A-Za-z0-9+/]+={0,2}$/.test(given)
    ? 'is not base64'
    : key.length !== KEY_BYTES
      ? `must be ${KEY_BYTES} bytes in base64, not ${key.length}`
      : null;
  if (problem) {
    throw new ConfigError([
      { variable: 'FIELD_HASH_KEY', problem: `${problem} (openssl rand -base64 32 makes one)` },
    ]);
  }
  return new BlindIndex(key);
}
