import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import { Consent } from './consent.entity';
import { Enrolment } from './enrolment.entity';

/** Enrolments and consents are scoped by their programme (team) and their member's account (owner). */
const COLUMNS: ScopeColumns = { team: 'e.programme_id', owner: 'e.account_id' };
/** A buddy's view is granted per pair, so its scope names enrolments (owner: the enrolment itself). */
const BUDDY_COLUMNS: ScopeColumns = { owner: 'e.id' };

@Injectable()
export class EnrolmentRepository {
  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    @InjectRepository(Consent) private readonly consents: Repository<Consent>,
  ) {}

  async insertConsent(tx: Tx, consent: Consent): Promise<Consent> {
    await tx.getRepository(Consent).insert(consent);
    return consent;
  }

  /** The member's consent in force (the latest not withdrawn), if any. */
  activeConsent(tx: Tx, programmeId: string, accountId: string): Promise<Consent | null> {
    return tx.getRepository(Consent).findOne({
      where: { programmeId, accountId, withdrawnAt: IsNull() },
      order: { givenAt: 'DESC' },
    });
  }

  async withdrawConsents(tx: Tx, programmeId: string, accountId: string, at: Date): Promise<void> {
    await tx
      .getRepository(Consent)
      .update({ programmeId, accountId, withdrawnAt: IsNull() }, { withdrawnAt: at });
  }

  async insert(tx: Tx, enrolment: Enrolment): Promise<Enrolment> {
    await tx.getRepository(Enrolment).insert(enrolment);
    return enrolment;
  }

  countActive(tx: Tx, programmeId: string): Promise<number> {
    return tx.getRepository(Enrolment).countBy({ programmeId, status: 'active' });
  }

  ofMember(tx: Tx, programmeId: string, accountId: string): Promise<Enrolment | null> {
    return tx.getRepository(Enrolment).findOneBy({ programmeId, accountId });
  }

  find(scope: RecordScope, programmeId: string, id: string, tx?: Tx): Promise<Enrolment | null> {
    const qb = applyScope(
      (tx?.getRepository(Enrolment) ?? this.enrolments).createQueryBuilder('e'),
      scope,
      COLUMNS,
    ).andWhere('e.programme_id = :programmeId AND e.id = :id', { programmeId, id });
    if (tx) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** The enrolment if the caller's buddy scope holds it. */
  findAsBuddy(scope: RecordScope, programmeId: string, id: string): Promise<Enrolment | null> {
    return applyScope(this.enrolments.createQueryBuilder('e'), scope, BUDDY_COLUMNS)
      .andWhere('e.programme_id = :programmeId AND e.id = :id', { programmeId, id })
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.enrolments.existsBy({ id });
  }

  /** The enrolments of a programme in the scope (a member's scope holds only their own), in enrolment order. */
  list(scope: RecordScope, programmeId: string): Promise<Enrolment[]> {
    return applyScope(this.enrolments.createQueryBuilder('e'), scope, COLUMNS)
      .andWhere('e.programme_id = :programmeId', { programmeId })
      .orderBy('e.enrolled_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
  }

  async withdraw(tx: Tx, id: string, at: Date): Promise<Enrolment> {
    await tx.getRepository(Enrolment).update({ id }, { status: 'withdrawn', withdrawnAt: at });
    return tx.getRepository(Enrolment).findOneByOrFail({ id });
  }

  /** For work with no caller (the nudge job, reports): the enrolments by id. */
  byIds(ids: readonly string[]): Promise<Enrolment[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.enrolments.findBy({ id: In([...ids]) });
  }
}
