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

  findById(id: string): Promise<Volunteer | null> {
    return this.repo.findOneBy({ id });
  }

  list(query: ListVolunteersQuery): Promise<Page<Volunteer>> {
    const qb = this.repo.createQueryBuilder('v');
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
