import { AuditLog } from '@linkage/auth';
import { newId, Transactions, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { AccountData } from '../accounts/account-data';
import { AccountService } from '../accounts/account.service';
import { hashOpaqueToken, newOpaqueToken } from '../credentials/opaque-token';
import { IdentityConfig } from '../identity.config';
import { RefreshTokens, type RefreshTokenData } from '../refresh-tokens/refresh-tokens';
import { AccessTokenIssuer, principalOfAccount } from './access-token.issuer';
import { SessionError } from './session.error';

export interface TokenPair {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
}

/** How a refresh attempt ended inside its transaction; errors are thrown only after it committed. */
type Rotation =
  | { kind: 'rotated'; account: AccountData; refreshToken: string }
  | { kind: 'unknown' | 'revoked' | 'expired' | 'reused' | 'inactive' };

const DAY_MS = 86_400_000;

/**
 * Access and refresh tokens. A sign-in starts a family of refresh tokens; each refresh uses one up and
 * issues the next. A used token presented again means two parties hold copies, so the whole family is
 * revoked (the legitimate holder signs in again, the thief's copy is dead too).
 */
@Injectable()
export class TokenService {
  private readonly refreshTtlMs: number;

  constructor(
    config: IdentityConfig,
    private readonly refreshTokens: RefreshTokens,
    private readonly accounts: AccountService,
    private readonly issuer: AccessTokenIssuer,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {
    this.refreshTtlMs = config.REFRESH_TOKEN_TTL_DAYS * DAY_MS;
  }

  /** A new session (a new refresh-token family) for an account that has just proved who it is. */
  async start(account: AccountData): Promise<TokenPair> {
    const now = new Date();
    const { row, token } = this.newRefreshToken(account.id, newId(), now);
    await this.refreshTokens.issue(row);
    // Housekeeping rides along: tokens past their expiry for a day are of no use, even as reuse evidence.
    await this.refreshTokens.pruneExpired(new Date(now.getTime() - DAY_MS));
    return this.pair(account, token);
  }

  /**
   * Rotates a refresh token. The row is read FOR UPDATE, so of two refreshes with the same token the
   * second waits for the first to commit, then finds it used: exactly one succeeds.
   */
  async rotate(refreshToken: string): Promise<TokenPair> {
    const tokenHash = hashOpaqueToken(refreshToken);
    const outcome = await this.transactions.run((tx) => this.rotateIn(tx, tokenHash));
    switch (outcome.kind) {
      case 'rotated':
        return this.pair(outcome.account, outcome.refreshToken);
      case 'reused':
        throw new SessionError(
          'REFRESH_TOKEN_REUSED',
          'This refresh token was already used, so it may have been copied: every session it belongs to has been ended. Sign in again.',
        );
      case 'expired':
        throw new SessionError('REFRESH_TOKEN_EXPIRED', 'The refresh token has expired; sign in again.');
      case 'inactive':
        throw new SessionError('ACCOUNT_DEACTIVATED', 'This account has been deactivated; ask an admin.');
      case 'unknown':
      case 'revoked':
        throw new SessionError(
          'REFRESH_TOKEN_INVALID',
          'The refresh token is not valid (signed out or unknown); sign in again.',
        );
    }
  }

  /** Signs out: revokes the family the token belongs to. Unknown tokens are ignored (nothing to end). */
  async revoke(refreshToken: string): Promise<void> {
    const token = await this.refreshTokens.findByHash(hashOpaqueToken(refreshToken));
    if (!token) return;
    await this.transactions.run(async (tx) => {
      await this.refreshTokens.revokeFamily(token.familyId, new Date(), tx);
      await this.audit.record(
        {
          action: 'auth.logout',
          recordType: 'account',
          recordId: token.accountId,
          actorId: token.accountId,
          outcome: 'allowed',
          details: { familyId: token.familyId },
        },
        tx,
      );
    });
  }

  private async rotateIn(tx: Tx, tokenHash: string): Promise<Rotation> {
    const now = new Date();
    const current = await this.refreshTokens.lockByHash(tokenHash, tx);
    if (!current) return { kind: 'unknown' };
    if (current.usedAt) {
      await this.refreshTokens.revokeFamily(current.familyId, now, tx);
      await this.audit.record(
        {
          action: 'auth.refresh_reuse',
          recordType: 'account',
          recordId: current.accountId,
          actorId: current.accountId,
          outcome: 'denied',
          details: { familyId: current.familyId, usedAt: current.usedAt.toISOString() },
        },
        tx,
      );
      return { kind: 'reused' };
    }
    if (current.revokedAt) return { kind: 'revoked' };
    if (current.expiresAt.getTime() <= now.getTime()) return { kind: 'expired' };
    const account = await this.accounts.findById(current.accountId, tx);
    if (!account?.active) {
      await this.refreshTokens.revokeFamily(current.familyId, now, tx);
      return { kind: 'inactive' };
    }
    await this.refreshTokens.markUsed(current.id, now, tx);
    const next = this.newRefreshToken(account.id, current.familyId, now);
    await this.refreshTokens.issue(next.row, tx);
    return { kind: 'rotated', account, refreshToken: next.token };
  }

  private newRefreshToken(
    accountId: string,
    familyId: string,
    now: Date,
  ): { row: RefreshTokenData; token: string } {
    const { token, hash } = newOpaqueToken();
    const row: RefreshTokenData = {
      id: newId(),
      tokenHash: hash,
      familyId,
      accountId,
      issuedAt: now,
      expiresAt: new Date(now.getTime() + this.refreshTtlMs),
      usedAt: null,
      revokedAt: null,
    };
    return { row, token };
  }

  private async pair(account: AccountData, refreshToken: string): Promise<TokenPair> {
    return {
      accessToken: await this.issuer.issue(principalOfAccount(account)),
      tokenType: 'Bearer',
      expiresIn: this.issuer.ttlSeconds,
      refreshToken,
    };
  }
}
