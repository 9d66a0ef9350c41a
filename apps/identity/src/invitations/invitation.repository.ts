import { type Page, paginate, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { ListInvitationsQuery } from './invitation.dto';
import { Invitation } from './invitation.entity';

@Injectable()
export class InvitationRepository {
  constructor(@InjectRepository(Invitation) private readonly repo: Repository<Invitation>) {}

  async insert(invitation: Invitation, tx?: Tx): Promise<Invitation> {
    const repo = this.on(tx);
    await repo.insert(invitation);
    return repo.findOneByOrFail({ id: invitation.id });
  }

  findByIds(ids: string[]): Promise<Invitation[]> {
    return this.repo.findBy({ id: In(ids) });
  }

  findByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return this.repo.findOneBy({ tokenHash });
  }

  /** SELECT … FOR UPDATE: of two acceptances of one invitation, the second waits and then finds it used. */
  lockByTokenHash(tokenHash: string, tx: Tx): Promise<Invitation | null> {
    return this.on(tx)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.token_hash = :tokenHash', { tokenHash })
      .getOne();
  }

  async markAccepted(id: string, accountId: string, at: Date, tx: Tx): Promise<void> {
    await this.on(tx).update({ id }, { acceptedAt: at, accountId });
  }

  list(query: ListInvitationsQuery, now: Date): Promise<Page<Invitation>> {
    const qb = this.repo.createQueryBuilder('i');
    if (query.status === 'accepted') qb.andWhere('i.accepted_at IS NOT NULL');
    if (query.status === 'pending') qb.andWhere('i.accepted_at IS NULL AND i.expires_at > :now', { now });
    if (query.status === 'expired') qb.andWhere('i.accepted_at IS NULL AND i.expires_at <= :now', { now });
    return paginate(qb, query);
  }

  private on(tx?: Tx): Repository<Invitation> {
    return tx ? tx.getRepository(Invitation) : this.repo;
  }
}
