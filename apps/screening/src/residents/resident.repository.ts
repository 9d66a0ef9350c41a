import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import { paginate, type Page, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { EducationLevel } from '@linkage/screening-rules';
import type { ListResidentsQuery } from './resident.dto';
import { Resident, ResidentConsent } from './resident.entity';

/**
 * Staff get all or none; a screener's scope names the sessions they work, while they run, as its teams
 * (screening.access.ts): a resident is in it by the session it was registered at.
 */
const COLUMNS: ScopeColumns = { team: 'r.session_id' };

export type DuplicateMatch = { residentId: string; matchedBy: 'id_number' | 'name_birth_date_community' };

@Injectable()
export class ResidentRepository {
  constructor(
    @InjectRepository(Resident) private readonly residents: Repository<Resident>,
    @InjectRepository(ResidentConsent) private readonly consents: Repository<ResidentConsent>,
  ) {}

  /** Inserts the resident with the consents taken before; the unique indexes refuse a duplicate. */
  async insert(tx: Tx, resident: Resident, consents: ResidentConsent[]): Promise<void> {
    await tx.getRepository(Resident).insert(resident);
    if (consents.length > 0) await tx.getRepository(ResidentConsent).insert(consents);
  }

  /**
   * The resident of the campaign with this ID-number hash, else the one with this person hash: found by
   * the blind indexes alone, never by decrypting. (Used before an insert, which the unique indexes
   * guard again against a registration racing this one.)
   */
  async findDuplicate(
    campaignId: string,
    idNumberHash: string | null,
    personHash: string,
  ): Promise<DuplicateMatch | null> {
    if (idNumberHash) {
      const byId = await this.residents.findOne({
        select: { id: true },
        where: { campaignId, idNumberHash },
      });
      if (byId) return { residentId: byId.id, matchedBy: 'id_number' };
    }
    const byPerson = await this.residents.findOne({
      select: { id: true },
      where: { campaignId, personHash },
    });
    return byPerson ? { residentId: byPerson.id, matchedBy: 'name_birth_date_community' } : null;
  }

  findById(scope: RecordScope, id: string): Promise<Resident | null> {
    return applyScope(this.residents.createQueryBuilder('r'), scope, COLUMNS)
      .andWhere('r.id = :id', { id })
      .getOne();
  }

  /** The resident in the caller's scope, locked for the rest of the transaction; null when not there or not theirs. */
  lock(tx: Tx, scope: RecordScope, id: string): Promise<Resident | null> {
    return applyScope(tx.getRepository(Resident).createQueryBuilder('r'), scope, COLUMNS)
      .andWhere('r.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.residents.existsBy({ id });
  }

  list(scope: RecordScope, query: ListResidentsQuery): Promise<Page<Resident>> {
    const qb = applyScope(this.residents.createQueryBuilder('r'), scope, COLUMNS).andWhere(
      'r.campaign_id = :campaignId',
      { campaignId: query.campaignId },
    );
    if (query.community) qb.andWhere('r.community = :community', { community: query.community });
    return paginate(qb, query);
  }

  /** Every consent of the resident, in the order recorded (the latest of a kind decides). */
  consentsOf(residentId: string, tx?: Tx): Promise<ResidentConsent[]> {
    return (tx ? tx.getRepository(ResidentConsent) : this.consents).find({
      where: { residentId },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
  }

  async setEducation(tx: Tx, id: string, level: EducationLevel, years: number): Promise<void> {
    await tx.getRepository(Resident).update({ id }, { educationLevel: level, educationYears: years });
  }

  async insertConsent(tx: Tx, consent: ResidentConsent): Promise<void> {
    await tx.getRepository(ResidentConsent).insert(consent);
  }

  async markWithdrawn(
    tx: Tx,
    consentId: string,
    withdrawal: Pick<ResidentConsent, 'withdrawnAt' | 'withdrawnBy' | 'withdrawalReason'>,
  ): Promise<void> {
    await tx.getRepository(ResidentConsent).update({ id: consentId }, withdrawal);
  }
}
