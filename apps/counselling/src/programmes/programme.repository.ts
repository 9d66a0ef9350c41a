import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import { paginate, type Page, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ListProgrammesQuery } from './programme.dto';
import { Programme } from './programme.entity';

/** A programme is scoped as the group it is (team: the programme itself); it has no owner. */
const COLUMNS: ScopeColumns = { team: 'p.id' };

export type ProgrammeChanges = Partial<
  Pick<Programme, 'title' | 'description' | 'capacity' | 'startsOn' | 'endsOn' | 'confidential' | 'status'>
>;

@Injectable()
export class ProgrammeRepository {
  constructor(@InjectRepository(Programme) private readonly repo: Repository<Programme>) {}

  async insert(tx: Tx, programme: Programme): Promise<Programme> {
    await tx.getRepository(Programme).insert(programme);
    return tx.getRepository(Programme).findOneByOrFail({ id: programme.id });
  }

  findById(scope: RecordScope, id: string): Promise<Programme | null> {
    return applyScope(this.repo.createQueryBuilder('p'), scope, COLUMNS)
      .andWhere('p.id = :id', { id })
      .getOne();
  }

  /** The programme in the scope, locked for the transaction (changes to it and its members queue behind). */
  lock(tx: Tx, scope: RecordScope, id: string): Promise<Programme | null> {
    return applyScope(tx.getRepository(Programme).createQueryBuilder('p'), scope, COLUMNS)
      .andWhere('p.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async update(tx: Tx, id: string, changes: ProgrammeChanges): Promise<Programme> {
    if (Object.keys(changes).length > 0) await tx.getRepository(Programme).update({ id }, changes);
    return tx.getRepository(Programme).findOneByOrFail({ id });
  }

  exists(id: string): Promise<boolean> {
    return this.repo.existsBy({ id });
  }

  list(scope: RecordScope, query: ListProgrammesQuery): Promise<Page<Programme>> {
    const qb = applyScope(this.repo.createQueryBuilder('p'), scope, COLUMNS);
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    return paginate(qb, query);
  }

  /** Open programmes whose intake survey is published: what students may apply to. */
  listOpen(scope: RecordScope, query: ListProgrammesQuery): Promise<Page<Programme>> {
    const qb = applyScope(this.repo.createQueryBuilder('p'), scope, COLUMNS)
      .andWhere("p.status = 'open'")
      .andWhere(
        'EXISTS (SELECT 1 FROM intake_surveys s WHERE s.programme_id = p.id AND s.published_at IS NOT NULL)',
      );
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    return paginate(qb, query);
  }
}
