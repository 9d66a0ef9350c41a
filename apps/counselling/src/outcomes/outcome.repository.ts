import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { OutcomeMeasure } from './outcome-measure.entity';

/** A measure is scoped by its programme (team) and its member's account (owner). */
const COLUMNS: ScopeColumns = { team: 'm.programme_id', owner: 'm.account_id' };

@Injectable()
export class OutcomeRepository {
  constructor(@InjectRepository(OutcomeMeasure) private readonly measures: Repository<OutcomeMeasure>) {}

  /** One measure per (member, instrument, phase): recording it again replaces the score (a correction). */
  async save(measure: OutcomeMeasure): Promise<OutcomeMeasure> {
    await this.measures
      .createQueryBuilder()
      .insert()
      .values(measure)
      .orUpdate(
        ['score', 'lower_is_better', 'recorded_by', 'recorded_at'],
        ['enrolment_id', 'instrument', 'phase'],
      )
      .execute();
    return this.measures.findOneByOrFail({
      enrolmentId: measure.enrolmentId,
      instrument: measure.instrument,
      phase: measure.phase,
    });
  }

  list(scope: RecordScope, programmeId: string): Promise<OutcomeMeasure[]> {
    return applyScope(this.measures.createQueryBuilder('m'), scope, COLUMNS)
      .andWhere('m.programme_id = :programmeId', { programmeId })
      .orderBy('m.instrument', 'ASC')
      .addOrderBy('m.enrolment_id', 'ASC')
      .addOrderBy('m.phase', 'DESC')
      .getMany();
  }
}
