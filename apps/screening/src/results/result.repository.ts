import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import { paginate, type Page, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ListResultsQuery } from './result.dto';
import { ScreeningResult, type ScreeningCount } from './result.entity';

/**
 * Results are checked on their resident first; a screener's scope (the sessions they work, as teams)
 * then narrows them to the results entered at those sessions, not the resident's later ones elsewhere.
 */
const COLUMNS: ScopeColumns = { team: 'x.session_id' };

export type CountKey = Omit<ScreeningCount, 'count'>;

@Injectable()
export class ResultRepository {
  constructor(@InjectRepository(ScreeningResult) private readonly results: Repository<ScreeningResult>) {}

  /** The result a device's id names, whichever resident it is of. */
  findByClientId(clientId: string, tx?: Tx): Promise<ScreeningResult | null> {
    return (tx ? tx.getRepository(ScreeningResult) : this.results).findOneBy({ clientId });
  }

  /** Inserts the result and counts it, in the caller's transaction: both or neither. */
  async insert(tx: Tx, result: ScreeningResult, count: CountKey): Promise<void> {
    await tx.getRepository(ScreeningResult).insert(result);
    await tx.query(
      `INSERT INTO screening_counts (campaign_id, community, stage, instrument, classification, sex, age_band, count)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1)
       ON DUPLICATE KEY UPDATE count = count + 1`,
      [
        count.campaignId,
        count.community,
        count.stage,
        count.instrument,
        count.classification,
        count.sex,
        count.ageBand,
      ],
    );
  }

  /** A resident's results (whom the caller may see: checked on the resident), newest first. */
  list(scope: RecordScope, residentId: string, query: ListResultsQuery): Promise<Page<ScreeningResult>> {
    const qb = applyScope(this.results.createQueryBuilder('x'), scope, COLUMNS).andWhere(
      'x.resident_id = :residentId',
      {
        residentId,
      },
    );
    return paginate(qb, query);
  }
}
