import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import { isDuplicateEntry, paginate, type Page, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Application, type ApplicationStatus } from './application.entity';
import type { ListApplicationsQuery } from './intake.dto';
import { IntakeSurvey } from './intake-survey.entity';

/** An application is scoped by its programme (team) and its applicant's account (owner). */
const COLUMNS: ScopeColumns = { team: 'a.programme_id', owner: 'a.account_id' };

@Injectable()
export class IntakeRepository {
  constructor(
    @InjectRepository(IntakeSurvey) private readonly surveys: Repository<IntakeSurvey>,
    @InjectRepository(Application) private readonly applications: Repository<Application>,
  ) {}

  survey(programmeId: string): Promise<IntakeSurvey | null> {
    return this.surveys.findOneBy({ programmeId });
  }

  async saveSurvey(
    tx: Tx,
    survey: Pick<IntakeSurvey, 'programmeId' | 'definition' | 'eligibility' | 'publishedAt'>,
  ): Promise<IntakeSurvey> {
    const rows = tx.getRepository(IntakeSurvey);
    const existing = await rows.findOne({
      where: { programmeId: survey.programmeId },
      lock: { mode: 'pessimistic_write' },
    });
    // The JSON columns go through save(): TypeORM's insert/update types cannot express their shapes.
    await rows.save(Object.assign(new IntakeSurvey(), { ...survey, version: (existing?.version ?? 0) + 1 }));
    return rows.findOneByOrFail({ programmeId: survey.programmeId });
  }

  /** Inserts; 'duplicate' when the applicant already applied to the programme (the unique key decides). */
  async insertApplication(application: Application): Promise<Application | 'duplicate'> {
    try {
      await this.applications.save(application);
    } catch (error) {
      if (isDuplicateEntry(error)) return 'duplicate';
      throw error;
    }
    return this.applications.findOneByOrFail({ id: application.id });
  }

  findApplication(scope: RecordScope, programmeId: string, id: string, tx?: Tx): Promise<Application | null> {
    const qb = (tx?.getRepository(Application) ?? this.applications).createQueryBuilder('a');
    applyScope(qb, scope, COLUMNS).andWhere('a.programme_id = :programmeId AND a.id = :id', {
      programmeId,
      id,
    });
    if (tx) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  ownApplication(scope: RecordScope, programmeId: string): Promise<Application | null> {
    return applyScope(this.applications.createQueryBuilder('a'), scope, COLUMNS)
      .andWhere('a.programme_id = :programmeId', { programmeId })
      .getOne();
  }

  applicationExists(id: string): Promise<boolean> {
    return this.applications.existsBy({ id });
  }

  list(scope: RecordScope, programmeId: string, query: ListApplicationsQuery): Promise<Page<Application>> {
    const qb = applyScope(this.applications.createQueryBuilder('a'), scope, COLUMNS).andWhere(
      'a.programme_id = :programmeId',
      { programmeId },
    );
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.eligible !== undefined) qb.andWhere('a.eligible = :eligible', { eligible: query.eligible });
    // The queue reads oldest first: first come, first reviewed.
    return paginate(qb, query, { direction: 'ASC' });
  }

  async setStatus(
    tx: Tx,
    id: string,
    changes: Partial<Pick<Application, 'status' | 'decisionReason' | 'decidedBy' | 'decidedAt'>> & {
      status: ApplicationStatus;
    },
  ): Promise<Application> {
    await tx.getRepository(Application).update({ id }, changes);
    return tx.getRepository(Application).findOneByOrFail({ id });
  }
}
