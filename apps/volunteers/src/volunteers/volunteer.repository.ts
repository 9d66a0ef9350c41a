import { applyScope, type RecordScope } from '@linkage/auth';
import { paginate, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, type Repository } from 'typeorm';
import type { ListVolunteersQuery } from './volunteer.dto';
import { Volunteer } from './volunteer.entity';

@Injectable()
export class VolunteerRepository {
  constructor(@InjectRepository(Volunteer) private readonly repo: Repository<Volunteer>) {}

  /** Inserts; resolves to 'duplicate' when the student number is taken (the unique index decides). */
  async insert(volunteer: Volunteer): Promise<Volunteer | 'duplicate'> {
    try {
      await this.repo.insert(volunteer);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === 'ER_DUP_ENTRY'
      ) {
        return 'duplicate';
      }
      throw error;
    }
    return this.repo.findOneByOrFail({ id: volunteer.id });
  }

  findById(scope: RecordScope, id: string): Promise<Volunteer | null> {
    return applyScope(this.repo.createQueryBuilder('v'), scope, 'v.id')
      .andWhere('v.id = :id', { id })
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.repo.existsBy({ id });
  }

  /** Updates the given fields of a profile within the scope; null when it is not there for the caller. */
  async update(scope: RecordScope, id: string, changes: Partial<Volunteer>): Promise<Volunteer | null> {
    if (scope.kind === 'none' || (scope.kind === 'owner' && scope.ownerId !== id)) return null;
    if (Object.keys(changes).length > 0) await this.repo.update({ id }, changes);
    return this.findById(scope, id);
  }

  list(scope: RecordScope, query: ListVolunteersQuery): Promise<Page<Volunteer>> {
    const qb = applyScope(this.repo.createQueryBuilder('v'), scope, 'v.id');
    if (query.department) qb.andWhere('v.department = :department', { department: query.department });
    if (query.q) qb.andWhere('v.name LIKE :q', { q: `%${escapeLike(query.q)}%` });
    // JSON_CONTAINS with a quoted scalar reads the same on MySQL 8 (native JSON) and MariaDB (JSON as text).
    if (query.skill) qb.andWhere('JSON_CONTAINS(v.skills, JSON_QUOTE(:skill))', { skill: query.skill });
    return paginate(qb, query);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
