import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import { paginate, type Page, type PageQuery, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ScreeningSession } from './session.entity';

/** A screener's scope names sessions as its teams (screening.access.ts): a session is its own team. */
const COLUMNS: ScopeColumns = { team: 's.id' };

@Injectable()
export class SessionRepository {
  constructor(@InjectRepository(ScreeningSession) private readonly sessions: Repository<ScreeningSession>) {}

  async insert(tx: Tx, session: ScreeningSession): Promise<ScreeningSession> {
    await tx.getRepository(ScreeningSession).insert(session);
    return tx.getRepository(ScreeningSession).findOneByOrFail({ id: session.id });
  }

  async save(tx: Tx, session: ScreeningSession): Promise<ScreeningSession> {
    const { id, createdAt: _created, updatedAt: _updated, ...changes } = session;
    await tx.getRepository(ScreeningSession).update({ id }, changes);
    return tx.getRepository(ScreeningSession).findOneByOrFail({ id });
  }

  findById(scope: RecordScope, id: string, tx?: Tx): Promise<ScreeningSession | null> {
    const repo = tx ? tx.getRepository(ScreeningSession) : this.sessions;
    return applyScope(repo.createQueryBuilder('s'), scope, COLUMNS).andWhere('s.id = :id', { id }).getOne();
  }

  /** The session in the caller's scope, locked for the rest of the transaction; null when not there or not theirs. */
  lock(tx: Tx, scope: RecordScope, id: string): Promise<ScreeningSession | null> {
    return applyScope(tx.getRepository(ScreeningSession).createQueryBuilder('s'), scope, COLUMNS)
      .andWhere('s.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return (tx ? tx.getRepository(ScreeningSession) : this.sessions).existsBy({ id });
  }

  /** A campaign's sessions in the caller's scope, soonest first. */
  listOfCampaign(scope: RecordScope, campaignId: string, query: PageQuery): Promise<Page<ScreeningSession>> {
    const qb = applyScope(this.sessions.createQueryBuilder('s'), scope, COLUMNS).andWhere(
      's.campaign_id = :campaignId',
      { campaignId },
    );
    return paginate(qb, query, {
      by: ['s.starts_at'],
      direction: 'ASC',
      keysOf: async (id) => {
        const row = await this.sessions.findOne({ select: { startsAt: true }, where: { id, campaignId } });
        return row ? [row.startsAt] : null;
      },
    });
  }
}
