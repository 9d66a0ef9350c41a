import { paginate, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, QueryFailedError, type Repository } from 'typeorm';
import type { ListOrganisationsQuery } from './organisation.dto';
import { Organisation } from './organisation.entity';

@Injectable()
export class OrganisationRepository {
  constructor(@InjectRepository(Organisation) private readonly repo: Repository<Organisation>) {}

  /** Inserts; resolves to 'duplicate' when the name is already taken (the unique index decides). */
  async insert(organisation: Organisation): Promise<Organisation | 'duplicate'> {
    try {
      await this.repo.insert(organisation);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === 'ER_DUP_ENTRY'
      ) {
        return 'duplicate';
      }
      throw error;
    }
    return this.repo.findOneByOrFail({ id: organisation.id });
  }

  findById(id: string): Promise<Organisation | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: string[]): Promise<Organisation[]> {
    return this.repo.findBy({ id: In(ids) });
  }

  list(query: ListOrganisationsQuery): Promise<Page<Organisation>> {
    const qb = this.repo.createQueryBuilder('o');
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.q) qb.andWhere('o.name LIKE :q', { q: `%${escapeLike(query.q)}%` });
    return paginate(qb, query);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
