import { paginate, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ListProgrammesQuery } from './programme.dto';
import { Programme } from './programme.entity';

@Injectable()
export class ProgrammeRepository {
  constructor(@InjectRepository(Programme) private readonly repo: Repository<Programme>) {}

  async insert(programme: Programme): Promise<Programme> {
    await this.repo.insert(programme);
    return this.repo.findOneByOrFail({ id: programme.id });
  }

  findById(id: string): Promise<Programme | null> {
    return this.repo.findOneBy({ id });
  }

  list(query: ListProgrammesQuery): Promise<Page<Programme>> {
    const qb = this.repo.createQueryBuilder('p');
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    return paginate(qb, query);
  }
}
