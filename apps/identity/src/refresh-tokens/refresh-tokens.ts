import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { RefreshToken } from './refresh-token.entity';
import { RefreshTokenRepository } from './refresh-token.repository';

/** A refresh token as sessions issue and rotate it (stored only as the hash of its value). */
export type RefreshTokenData = Readonly<RefreshToken>;

/**
 * The refresh-token store as the features that use it see it: sessions issue and rotate tokens, accounts
 * end every session of an account they deactivate. Only this feature touches the table.
 */
@Injectable()
export class RefreshTokens {
  constructor(private readonly repository: RefreshTokenRepository) {}

  issue(token: RefreshTokenData, tx?: Tx): Promise<void> {
    return this.repository.insert({ ...token }, tx);
  }

  findByHash(tokenHash: string): Promise<RefreshTokenData | null> {
    return this.repository.findByHash(tokenHash);
  }

  /** The token, locked until the transaction ends: a second refresh with it waits for the first. */
  lockByHash(tokenHash: string, tx: Tx): Promise<RefreshTokenData | null> {
    return this.repository.lockByHash(tokenHash, tx);
  }

  markUsed(id: string, at: Date, tx: Tx): Promise<void> {
    return this.repository.markUsed(id, at, tx);
  }

  revokeFamily(familyId: string, at: Date, tx?: Tx): Promise<void> {
    return this.repository.revokeFamily(familyId, at, tx);
  }

  /** Ends every session of the account (deactivation, a password reset). */
  revokeAllOfAccount(accountId: string, at: Date, tx?: Tx): Promise<void> {
    return this.repository.revokeAllOfAccount(accountId, at, tx);
  }

  pruneExpired(before: Date): Promise<void> {
    return this.repository.pruneExpired(before);
  }
}
