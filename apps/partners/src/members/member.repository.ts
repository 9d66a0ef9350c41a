import { applyScope, scopeAllows, type RecordScope } from '@linkage/auth';
import { isDuplicateEntry, paginate, type Page, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { OrganisationRole } from '../access/member.access';
import type { ListMembersQuery } from './member.dto';
import { OrganisationMember } from './member.entity';

/** A member is owned by their organisation. */
const COLUMNS = { owner: 'm.organisation_id' };

@Injectable()
export class MemberRepository {
  constructor(@InjectRepository(OrganisationMember) private readonly repo: Repository<OrganisationMember>) {}

  async insert(tx: Tx, member: OrganisationMember): Promise<'inserted' | 'duplicate'> {
    try {
      await tx.getRepository(OrganisationMember).insert(member);
      return 'inserted';
    } catch (error) {
      if (isDuplicateEntry(error)) return 'duplicate';
      throw error;
    }
  }

  async save(tx: Tx, member: OrganisationMember): Promise<OrganisationMember> {
    await tx.getRepository(OrganisationMember).save(member);
    return tx.getRepository(OrganisationMember).findOneByOrFail({ id: member.id });
  }

  /** One member of one organisation, in the caller's scope, locked for the transaction. */
  lock(tx: Tx, scope: RecordScope, organisationId: string, id: string): Promise<OrganisationMember | null> {
    return applyScope(tx.getRepository(OrganisationMember).createQueryBuilder('m'), scope, COLUMNS)
      .andWhere('m.organisation_id = :organisationId AND m.id = :id', { organisationId, id })
      .setLock('pessimistic_write')
      .getOne();
  }

  list(
    scope: RecordScope,
    organisationId: string,
    query: ListMembersQuery,
  ): Promise<Page<OrganisationMember>> {
    const qb = applyScope(this.repo.createQueryBuilder('m'), scope, COLUMNS).andWhere(
      'm.organisation_id = :organisationId',
      { organisationId },
    );
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    return paginate(qb, query, { direction: 'ASC' });
  }

  /** Whether the scope holds this organisation's members: the scope says so without a query. */
  covers(scope: RecordScope, organisationId: string): boolean {
    return scopeAllows(scope, { ownerId: organisationId });
  }

  exists(organisationId: string, id: string): Promise<boolean> {
    return this.repo.existsBy({ organisationId, id });
  }

  /** The caller's own role in their organisation, when they are its member in good standing. */
  async roleOf(accountId: string, organisationId: string | null): Promise<OrganisationRole | null> {
    if (!organisationId) return null;
    const member = await this.repo.findOneBy({ accountId, organisationId, status: 'active' });
    return member?.role ?? null;
  }

  async isSuspended(accountId: string): Promise<boolean> {
    return this.repo.existsBy({ accountId, status: 'suspended' });
  }

  /** Links members to the accounts their accepted invitations created; a suspended member stays suspended. */
  async link(accepted: { invitationId: string; accountId: string }[]): Promise<void> {
    if (accepted.length === 0) return;
    const members = await this.repo.findBy({ invitationId: In(accepted.map((a) => a.invitationId)) });
    for (const member of members) {
      const accountId = accepted.find((a) => a.invitationId === member.invitationId)!.accountId;
      await this.repo.update(
        { id: member.id },
        { accountId, status: member.status === 'invited' ? 'active' : member.status },
      );
    }
  }
}
