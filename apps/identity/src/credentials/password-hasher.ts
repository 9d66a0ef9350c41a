import { Injectable, type OnModuleInit } from '@nestjs/common';
import { hash, parseOptions, verify, type Algorithm } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import pLimit, { type LimitFunction } from 'p-limit';
import { IdentityConfig } from '../identity.config';
import { describePasswordProblems, passwordProblems, type PasswordOwner } from './password-policy';
import { PasswordError } from './password.error';

// `Algorithm` is an ambient const enum, which isolatedModules cannot read; 2 is its Argon2id.
const ARGON2ID = 2 as Algorithm;

/**
 * Argon2id password hashing with the configured cost; hashes record their own parameters. At most
 * ARGON2_MAX_CONCURRENT hashes run at once: each holds ARGON2_MEMORY_KIB, and on a CPU-bound machine
 * more at once only share the same cores while multiplying the memory. The rest wait in arrival order
 * (p-limit's queue).
 */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private readonly options: {
    algorithm: Algorithm;
    memoryCost: number;
    timeCost: number;
    parallelism: number;
  };
  private readonly slots: LimitFunction;
  private dummy = '';

  constructor(config: IdentityConfig) {
    this.options = {
      algorithm: ARGON2ID,
      memoryCost: config.ARGON2_MEMORY_KIB,
      timeCost: config.ARGON2_TIME_COST,
      parallelism: config.ARGON2_PARALLELISM,
    };
    this.slots = pLimit(config.ARGON2_MAX_CONCURRENT);
  }

  /** A hash of nothing anyone knows, to verify against when the account does not exist. */
  async onModuleInit(): Promise<void> {
    this.dummy = await this.hash(randomBytes(24).toString('base64url'));
  }

  /** Checks the policy (422 PASSWORD_TOO_WEAK listing what is missing), then hashes. */
  async hashNew(password: string, owner: PasswordOwner): Promise<string> {
    assertPasswordPolicy(password, owner);
    return this.hash(password);
  }

  /**
   * Verifies a password against a stored hash, or against the dummy hash when there is no account, so an
   * unknown login costs as much time as a wrong password and timing does not tell them apart.
   */
  async verify(storedHash: string | null, password: string): Promise<boolean> {
    const ok = await this.slots(() => verify(storedHash ?? this.dummy, password)).catch(() => false);
    return storedHash !== null && ok;
  }

  /** True when a hash was made with other parameters than today's (rehash it on the next good login). */
  needsRehash(storedHash: string): boolean {
    try {
      const used = parseOptions(storedHash);
      return (
        used.algorithm !== this.options.algorithm ||
        used.memoryCost !== this.options.memoryCost ||
        used.timeCost !== this.options.timeCost ||
        used.parallelism !== this.options.parallelism
      );
    } catch {
      return true;
    }
  }

  /** Rehashes a password that has just been verified (no policy check: it is the one already in use). */
  rehash(password: string): Promise<string> {
    return this.hash(password);
  }

  private hash(password: string): Promise<string> {
    return this.slots(() => hash(password, this.options));
  }
}

export function assertPasswordPolicy(password: string, owner: PasswordOwner): void {
  const problems = passwordProblems(password, owner);
  if (problems.length > 0) {
    throw new PasswordError('PASSWORD_TOO_WEAK', describePasswordProblems(problems), [
      { field: 'password', messages: problems.map((p) => `password needs ${p}`) },
    ]);
  }
}
