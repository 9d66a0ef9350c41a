import { applyScope, type RecordScope } from '@linkage/auth';
import { isDuplicateEntry, paginate, type Page, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ListInboxQuery } from './inbox.dto';
import { InboxItem } from './inbox-item.entity';

/** An inbox item is owned by the organisation it is addressed to. */
const COLUMNS = { owner: 'i.organisation_id' };

@Injectable()
export class InboxRepository {
  constructor(@InjectRepository(InboxItem) private readonly repo: Repository<InboxItem>) {}

  /** Keeps a new item; 'duplicate' when one with its itemId is already there (the unique key decides). */
  async insert(tx: Tx, item: InboxItem): Promise<'inserted' | 'duplicate'> {
    try {
      await tx.getRepository(InboxItem).insert(item);
      return 'inserted';
    } catch (error) {
      if (isDuplicateEntry(error)) return 'duplicate';
      throw error;
    }
  }

  /** The item in the caller's scope, locked for the rest of the transaction; null when not there or not theirs. */
  lock(tx: Tx, scope: RecordScope, id: string): Promise<InboxItem | null> {
    return applyScope(tx.getRepository(InboxItem).createQueryBuilder('i'), scope, COLUMNS)
      .andWhere('i.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async save(tx: Tx, item: InboxItem): Promise<InboxItem> {
    await tx.getRepository(InboxItem).save(item);
    return tx.getRepository(InboxItem).findOneByOrFail({ id: item.id });
  }

  findById(scope: RecordScope, id: string): Promise<InboxItem | null> {
    return applyScope(this.repo.createQueryBuilder('i'), scope, COLUMNS)
      .andWhere('i.id = :id', { id })
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.repo.existsBy({ id });
  }

  list(scope: RecordScope, query: ListInboxQuery): Promise<Page<InboxItem>> {
    const qb = applyScope(this.repo.createQueryBuilder('i'), scope, COLUMNS);
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('i.kind = :kind', { kind: query.kind });
    if (query.organisationId)
      qb.andWhere('i.organisation_id = :organisationId', { organisationId: query.organisationId });
    return paginate(qb, query);
  }
}
