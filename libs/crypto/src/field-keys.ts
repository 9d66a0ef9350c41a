import { ConfigError } from '@linkage/config';
import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { FieldCipher, type FieldKey } from './field-cipher';

/** What the keys are read from: `FIELD_ENCRYPTION_KEYS="kid:base64-of-32-bytes,…"` and the active kid. */
export interface FieldKeyEnv {
  FIELD_ENCRYPTION_KEYS?: string;
  FIELD_ENCRYPTION_ACTIVE_KEY?: string;
  NODE_ENV?: string;
}

/** The key id of the development key, so a value written with it is recognisable anywhere it turns up. */
export const DEV_KEY_ID = 'dev';

/**
 * A fixed, public development key: data written with it on one machine stays readable after a restart.
 * It protects nothing, which is why production refuses to start without real keys.
 */
const DEV_KEY = createHash('sha256').update('linkage development field key, not a secret').digest();

let warned = false;

/**
 * The field cipher from the environment. FIELD_ENCRYPTION_KEYS lists every key that may have written a
 * value (`kid:base64`, comma separated; each 32 bytes, e.g. `openssl rand -base64 32`);
 * FIELD_ENCRYPTION_ACTIVE_KEY names the one new values are written with (the only key when unset).
 * Without keys, outside production, the public development key is used and a warning says so once; in
 * production (NODE_ENV=production) a missing or bad key stops the start with a ConfigError naming it.
 */
export function fieldCipherFromEnv(
  env: FieldKeyEnv,
  warn: (message: string) => void = (m) => new Logger('FieldEncryption').warn(m),
): FieldCipher {
  const listed = env.FIELD_ENCRYPTION_KEYS?.trim();
  if (!listed) {
    if (env.NODE_ENV === 'production') {
      throw new ConfigError([
        {
          variable: 'FIELD_ENCRYPTION_KEYS',
          problem:
            'is required in production to encrypt confidential fields: set it to "kid:<base64 of 32 random bytes>" (openssl rand -base64 32) and FIELD_ENCRYPTION_ACTIVE_KEY to that kid',
        },
      ]);
    }
    if (!warned) {
      warned = true;
      warn(
        'FIELD_ENCRYPTION_KEYS is not set: confidential fields are encrypted with the public development key. Never use this outside development.',
      );
    }
    return new FieldCipher([{ kid: DEV_KEY_ID, key: DEV_KEY }], DEV_KEY_ID);
  }
  const keys = parseKeys(listed);
  const active = env.FIELD_ENCRYPTION_ACTIVE_KEY?.trim() || (keys.length === 1 ? keys[0].kid : undefined);
  if (!active) {
    throw new ConfigError([
      {
        variable: 'FIELD_ENCRYPTION_ACTIVE_KEY',
        problem: 'must name the key new values are written with when several are listed',
      },
    ]);
  }
  if (!keys.some((k) => k.kid === active)) {
    throw new ConfigError([
      {
        variable: 'FIELD_ENCRYPTION_ACTIVE_KEY',
        problem: `names ${active}, which FIELD_ENCRYPTION_KEYS does not list`,
      },
    ]);
  }
  return new FieldCipher(keys, active);
}

function parseKeys(listed: string): FieldKey[] {
  const problems: string[] = [];
  const keys = listed.split(',').flatMap((entry, i): FieldKey[] => {
    const [kid, material, ...rest] = entry.trim().split(':');
    const key = Buffer.from(material ?? '', 'base64');
    if (!kid || !/^[A-Za-z0-9_-]{1,32}$/.test(kid) || rest.length > 0) {
      problems.push(`entry ${i + 1} must be written kid:base64 (kid of letters, digits, _ or -)`);
      return [];
    }
    if (key.length !== 32) {
      problems.push(`key ${kid} must be 32 bytes in base64, not ${key.length}`);
      return [];
    }
    return [{ kid, key }];
  });
  if (new Set(keys.map((k) => k.kid)).size !== keys.length) problems.push('two keys share one kid');
  if (problems.length > 0) {
    throw new ConfigError([{ variable: 'FIELD_ENCRYPTION_KEYS', problem: problems.join('; ') }]);
  }
  return keys;
}
