import { createHash, randomBytes } from 'node:crypto';

/**
 * Refresh and invitation tokens: 32 random bytes (base64url), kept only as their SHA-256. A fast hash is
 * enough here, unlike for passwords: 256 random bits cannot be guessed, however fast the guessing.
 */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
