import { applyScope, type RecordScope } from '@linkage/auth';
import { containsPattern, isDuplicateEntry, paginate, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { ListOrganisationsQuery } from './organisation.dto';
import { Organisation } from './organisation.entity';

export type ContactDetails = Pick<Organisation, 'contactName' | 'contactPhone' | 'contactEmail'>;

/** Reads take the caller's scope: a partner member's queries only ever see their own organisation. */
@Injectable()
export class OrganisationRepository {
  constructor(@InjectRepository(Organisation) private readonly repo: Repository<Organisation>) {}

  /** Inserts; resolves to 'duplicate' when the name is already taken (the unique index decides). */
  async insert(organisation: Organisation): Promise<Organisation | 'duplicate'> {
    try {
      await this.repo.insert(organisation);
    } catch (error) {
      if (isDuplicateEntry(error)) return 'duplicate';
      throw error;
    }
    return this.repo.findOneByOrFail({ id: organisation.id });
  }

  findById(scope: RecordScope, id: string): Promise<Organisation | null> {
    return applyScope(this.repo.createQueryBuilder('o'), scope, 'o.id')
      .andWhere('o.id = :id', { id })
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.repo.existsBy({ id });
  }

  /** Internal lookups (other services over NATS) are not a person's read: no scope. */
  findByIdsForService(ids: string[]): Promise<Organisation[]> {
    return this.repo.findBy({ id: In(ids) });
  }

  list(scope: RecordScope, query: ListOrganisationsQuery): Promise<Page<Organisation>> {
    const qb = applyScope(this.repo.createQueryBuilder('o'), scope, 'o.id');
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.q) qb.andWhere('o.name LIKE :q', { q: containsPattern(query.q) });
    return paginate(qb, query);
  }

  async updateContact(
    scope: RecordScope,
    id: string,
    contact: Partial<ContactDetails>,
  ): Promise<Organisation | null> {
    if (Object.keys(contact).length > 0) {
      const qb = this.repo.createQueryBuilder().update(Organisation).set(contact).where('id = :id', { id });
      if (scope.kind === 'none') return null;
      if (scope.kind === 'owner') qb.andWhere('id = :owner', { owner: scope.ownerId });
      await qb.execute();
    }
    return this.findById(scope, id);
  }
}
