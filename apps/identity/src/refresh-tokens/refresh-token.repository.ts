import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import type { Tx } from '@linkage/database';
import { RefreshToken } from './refresh-token.entity';

@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectRepository(RefreshToken) private readonly repo: Repository<RefreshToken>) {}

  async insert(token: RefreshToken, tx?: Tx): Promise<void> {
    await this.on(tx).insert(token);
  }

  findByHash(tokenHash: string): Promise<RefreshToken | null> {
    return this.repo.findOneBy({ tokenHash });
  }

  /** SELECT … FOR UPDATE: a second refresh with the same token waits here until the first commits. */
  lockByHash(tokenHash: string, tx: Tx): Promise<RefreshToken | null> {
    return this.on(tx)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.token_hash = :tokenHash', { tokenHash })
      .getOne();
  }

  async markUsed(id: string, at: Date, tx: Tx): Promise<void> {
    await this.on(tx).update({ id }, { usedAt: at });
  }

  async revokeFamily(familyId: string, at: Date, tx?: Tx): Promise<void> {
    await this.on(tx).update({ familyId, revokedAt: IsNull() }, { revokedAt: at });
  }

  async revokeAllOfAccount(accountId: string, at: Date, tx?: Tx): Promise<void> {
    await this.on(tx).update({ accountId, revokedAt: IsNull() }, { revokedAt: at });
  }

  /** Forgets tokens that expired before `before` (a bounded batch, so no call is ever slow). */
  async pruneExpired(before: Date, batch = 200): Promise<void> {
    await this.repo.query('DELETE FROM refresh_tokens WHERE expires_at < ? LIMIT ?', [before, batch]);
  }

  private on(tx?: Tx): Repository<RefreshToken> {
    return tx ? tx.getRepository(RefreshToken) : this.repo;
  }
}
