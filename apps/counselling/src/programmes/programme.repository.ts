import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import { paginate, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ListProgrammesQuery } from './programme.dto';
import { Programme } from './programme.entity';

/**
 * Programmes have no owner or team yet: every rule grants all or none. A rule that narrows them (a
 * counsellor's own programmes) names its column here, or applyScope refuses it.
 */
const COLUMNS: ScopeColumns = {};

@Injectable()
export class ProgrammeRepository {
  constructor(@InjectRepository(Programme) private readonly repo: Repository<Programme>) {}

  async insert(programme: Programme): Promise<Programme> {
    await this.repo.insert(programme);
    return this.repo.findOneByOrFail({ id: programme.id });
  }

  findById(scope: RecordScope, id: string): Promise<Programme | null> {
    return applyScope(this.repo.createQueryBuilder('p'), scope, COLUMNS)
      .andWhere('p.id = :id', { id })
      .getOne();
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
}
