import { applyScope, scopeAllows, type RecordScope } from '@linkage/auth';
import { containsPattern, isDuplicateEntry, type Page, paginate, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { localDateOf } from '../time/local-date';
import { Certification } from './certification.entity';
import { Consent } from './consent.entity';
import type { ListVolunteersQuery } from './volunteer.dto';
import { Volunteer } from './volunteer.entity';
import type { VolunteerProfile } from './volunteer-profile';

/** Profiles are scoped by their own id: a volunteer's scope owns their profile. */
const COLUMNS = { owner: 'v.id' };

@Injectable()
export class VolunteerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(Volunteer);
  }

  /** Inserts; resolves to 'duplicate' when the student number is taken (the unique index decides). */
  async insert(volunteer: Volunteer): Promise<Volunteer | 'duplicate'> {
    try {
      await this.repo.insert(volunteer);
    } catch (error) {
      if (isDuplicateEntry(error)) return 'duplicate';
      throw error;
    }
    return this.repo.findOneByOrFail({ id: volunteer.id });
  }

  findById(scope: RecordScope, id: string): Promise<Volunteer | null> {
    return applyScope(this.repo.createQueryBuilder('v'), scope, COLUMNS)
      .andWhere('v.id = :id', { id })
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.repo.existsBy({ id });
  }

  /**
   * Updates the given fields of a profile within the scope; null when it is not there for the caller,
   * 'duplicate' when the national volunteer number is another's (the unique index decides).
   */
  async update(
    scope: RecordScope,
    id: string,
    changes: Partial<Volunteer>,
  ): Promise<Volunteer | null | 'duplicate'> {
    if (!scopeAllows(scope, { ownerId: id })) return null;
    try {
      if (Object.keys(changes).length > 0) await this.repo.update({ id }, changes);
    } catch (error) {
      // The only unique column a profile change can touch is the national volunteer number.
      if (isDuplicateEntry(error)) return 'duplicate';
      throw error;
    }
    return this.findById(scope, id);
  }

  list(scope: RecordScope, query: ListVolunteersQuery): Promise<Page<Volunteer>> {
    const qb = applyScope(this.repo.createQueryBuilder('v'), scope, COLUMNS);
    if (query.department) qb.andWhere('v.department = :department', { department: query.department });
    if (query.q) qb.andWhere('v.name LIKE :q', { q: containsPattern(query.q) });
    // JSON_CONTAINS with a quoted scalar reads the same on MySQL 8 (native JSON) and MariaDB (JSON as text).
    if (query.skill) qb.andWhere('JSON_CONTAINS(v.skills, JSON_QUOTE(:skill))', { skill: query.skill });
    if (query.teamId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM team_members tm WHERE tm.volunteer_id = v.id AND tm.team_id = :teamId)',
        {
          teamId: query.teamId,
        },
      );
    }
    if (query.certification) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM volunteer_certifications c WHERE c.volunteer_id = v.id AND c.name = :cert
           AND c.issued_on <= :certOn AND (c.expires_on IS NULL OR c.expires_on >= :certOn))`,
        { cert: query.certification, certOn: query.certifiedOn ?? localDateOf(new Date()) },
      );
    }
    // An object candidate is contained in an array when one element has all its keys and values.
    if (query.availableOn !== undefined) {
      qb.andWhere("JSON_CONTAINS(v.availability, JSON_OBJECT('weekday', :weekday))", {
        weekday: query.availableOn,
      });
    }
    return paginate(qb, query);
  }

  /** The certifications and latest consent of each volunteer, in two queries for the whole list. */
  async profiles(volunteers: Volunteer[]): Promise<VolunteerProfile[]> {
    const ids = volunteers.map((v) => v.id);
    if (ids.length === 0) return [];
    const [certifications, consents] = await Promise.all([
      this.db.getRepository(Certification).find({
        where: { volunteerId: In(ids) },
        order: { name: 'ASC', issuedOn: 'DESC', id: 'ASC' },
      }),
      this.db
        .getRepository(Consent)
        .find({ where: { volunteerId: In(ids) }, order: { givenAt: 'ASC', id: 'ASC' } }),
    ]);
    const latestConsent = new Map(consents.map((c) => [c.volunteerId, c]));
    return volunteers.map((volunteer) => ({
      volunteer,
      certifications: certifications.filter((c) => c.volunteerId === volunteer.id),
      consent: latestConsent.get(volunteer.id) ?? null,
    }));
  }

  async profile(volunteer: Volunteer): Promise<VolunteerProfile> {
    const [profile] = await this.profiles([volunteer]);
    return profile;
  }

  /** Records a certification for a volunteer within the scope; null when the volunteer is not there. */
  async addCertification(scope: RecordScope, certification: Certification): Promise<Certification | null> {
    if (!(await this.findById(scope, certification.volunteerId))) return null;
    await this.db.getRepository(Certification).insert(certification);
    return this.db.getRepository(Certification).findOneByOrFail({ id: certification.id });
  }

  /** Deletes one certification of a volunteer within the scope, or says which of the two is not there. */
  async removeCertification(
    scope: RecordScope,
    volunteerId: string,
    id: string,
  ): Promise<'removed' | 'no_volunteer' | 'no_certification'> {
    if (!(await this.findById(scope, volunteerId))) return 'no_volunteer';
    const result = await this.db.getRepository(Certification).delete({ id, volunteerId });
    return (result.affected ?? 0) > 0 ? 'removed' : 'no_certification';
  }

  async addConsent(scope: RecordScope, consent: Consent): Promise<Consent | null> {
    if (!(await this.findById(scope, consent.volunteerId))) return null;
    await this.db.getRepository(Consent).insert(consent);
    return consent;
  }

  /**
   * Locks a volunteer's row for the rest of the transaction. Everything that gives a volunteer a seat
   * takes this lock first, so two sign-ups of one volunteer (for overlapping shifts, say) run one after
   * the other and the second sees the first.
   */
  async lockForUpdate(tx: Tx, id: string): Promise<Volunteer | null> {
    const [volunteer] = await this.lockAllForUpdate(tx, [id]);
    return volunteer ?? null;
  }

  /**
   * Locks several volunteers' rows, in the order of their ids: two transactions locking overlapping sets
   * take the shared rows in the same order, so they cannot deadlock on them. Missing ids are left out.
   */
  lockAllForUpdate(tx: Tx, ids: readonly string[]): Promise<Volunteer[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return tx
      .getRepository(Volunteer)
      .createQueryBuilder('v')
      .setLock('pessimistic_write')
      .where('v.id IN (:...ids)', { ids: [...new Set(ids)] })
      .orderBy('v.id')
      .getMany();
  }

  /** The certifications of each of the volunteers (in one statement). */
  certificationsOf(tx: Tx, volunteerIds: readonly string[]): Promise<Certification[]> {
    if (volunteerIds.length === 0) return Promise.resolve([]);
    return tx.getRepository(Certification).findBy({ volunteerId: In([...new Set(volunteerIds)]) });
  }

  /** Names and contacts for lists shown to coordinators and leaders (rosters, team members). */
  /** `tx`: inside a transaction, read on its connection (a second one from the pool could be the one missing). */
  summaries(ids: string[], tx?: Tx): Promise<Volunteer[]> {
    const repo = tx ? tx.getRepository(Volunteer) : this.repo;
    return ids.length ? repo.findBy({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }
}
