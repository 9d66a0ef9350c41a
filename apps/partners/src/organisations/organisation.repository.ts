import { applyScope, type RecordScope } from '@linkage/auth';
import { containsPattern, isDuplicateEntry, paginate, type Page, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { ListOrganisationsQuery } from './organisation.dto';
import { Organisation } from './organisation.entity';

export type ContactDetails = Pick<Organisation, 'contactName' | 'contactPhone' | 'contactEmail' | 'contacts'>;
export type DirectoryChanges = Partial<
  Pick<Organisation, 'name' | 'kind' | 'district' | 'address' | 'communities' | 'status'>
>;

/** Reads take the caller's scope: a partner member's queries only ever see their own organisation. */
/** An organisation is scoped as the owner it is (a partner member's organisation id). */
const COLUMNS = { owner: 'o.id' };

@Injectable()
export class OrganisationRepository {
  constructor(@InjectRepository(Organisation) private readonly repo: Repository<Organisation>) {}

  /** Inserts; resolves to 'duplicate' when the name is already taken (the unique index decides). */
  async insert(tx: Tx, organisation: Organisation): Promise<Organisation | 'duplicate'> {
    try {
      await tx.getRepository(Organisation).insert(organisation);
    } catch (error) {
      if (isDuplicateEntry(error)) return 'duplicate';
      throw error;
    }
    return tx.getRepository(Organisation).findOneByOrFail({ id: organisation.id });
  }

  /**
   * Applies the changes to an organisation in the caller's scope, locked for the transaction; null when
   * it is not there (or not the caller's), 'duplicate' when the new name is taken.
   */
  async update(
    tx: Tx,
    scope: RecordScope,
    id: string,
    changes: DirectoryChanges,
  ): Promise<{ before: Organisation; after: Organisation } | null | 'duplicate'> {
    const before = await applyScope(tx.getRepository(Organisation).createQueryBuilder('o'), scope, COLUMNS)
      .andWhere('o.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!before) return null;
    if (Object.keys(changes).length > 0) {
      try {
        await tx.getRepository(Organisation).update({ id }, { ...changes, version: before.version + 1 });
      } catch (error) {
        if (isDuplicateEntry(error)) return 'duplicate';
        throw error;
      }
    }
    return { before, after: await tx.getRepository(Organisation).findOneByOrFail({ id }) };
  }

  findById(scope: RecordScope, id: string): Promise<Organisation | null> {
    return applyScope(this.repo.createQueryBuilder('o'), scope, COLUMNS)
      .andWhere('o.id = :id', { id })
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.repo.existsBy({ id });
  }

  /** Internal lookups (other services over NATS) are not a person's read: no scope. */
  /** `tx`: inside a transaction, read on its connection (another from the pool may be the one missing). */
  findByIdsForService(ids: string[], tx?: Tx): Promise<Organisation[]> {
    return (tx ? tx.getRepository(Organisation) : this.repo).findBy({ id: In(ids) });
  }

  list(scope: RecordScope, query: ListOrganisationsQuery): Promise<Page<Organisation>> {
    const qb = applyScope(this.repo.createQueryBuilder('o'), scope, COLUMNS);
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.district) qb.andWhere('o.district = :district', { district: query.district });
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.community)
      qb.andWhere('JSON_CONTAINS(o.communities, JSON_QUOTE(:community))', { community: query.community });
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
      await applyScope(qb, scope, { owner: 'id' }).execute();
    }
    return this.findById(scope, id);
  }
}
