import { AuditLog, type Principal } from '@linkage/auth';
import { Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { ScreeningEvents } from '../domain-events/screening-events';
import { ImportRepository, type ImportSummary } from './import.repository';

import type { Prepared } from './import-sealing';

/** Writes a prepared import in one transaction: all of it, or (the same file already in) none. */
@Injectable()
export class ImportWriter {
  constructor(
    private readonly imports: ImportRepository,
    private readonly events: ScreeningEvents,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  write(
    summary: ImportSummary,
    format: string,
    p: Prepared,
    stage1: readonly string[],
    principal: Principal,
  ): Promise<boolean> {
    // Only the stage-1 instruments the campaign uses are stored (a campaign may screen with AD8 alone).
    const results = p.results.filter((r) => stage1.includes(r.event.version));
    const counts = new Map<string, number>();
    for (const r of results) counts.set(r.count, (counts.get(r.count) ?? 0) + 1);
    return this.transactions.run(async (tx) => {
      if (!(await this.imports.claim(tx, summary, format, principal.accountId))) return false;
      await this.imports.insertRows(tx, 'residents', RESIDENT_COLUMNS, p.residents);
      await this.imports.insertRows(tx, 'resident_consents', CONSENT_COLUMNS, p.consents);
      await this.imports.insertRows(
        tx,
        'screening_results',
        RESULT_COLUMNS,
        results.map((r) => r.row),
      );
      await this.imports.addCounts(
        tx,
        [...counts].map(([key, n]) => [...key.split('\u0000'), n]),
      );
      await this.events.publish(tx, 'screening.results.recorded', { results: results.map((r) => r.event) });
      // The audit trail names every resident written, a thousand to an entry.
      const ids = p.residents.map((r) => r[0] as string);
      for (let i = 0; i < ids.length; i += 1000) {
        await this.audit.record(
          {
            action: 'residents.imported',
            recordType: 'campaign',
            recordId: summary.campaignId,
            outcome: 'allowed',
            details: {
              importId: summary.importId,
              fileSha256: summary.fileSha256,
              residentIds: ids.slice(i, i + 1000),
            },
          },
          tx,
        );
      }
      return true;
    });
  }
}

const RESIDENT_COLUMNS = [
  'id',
  'campaign_id',
  'name',
  'sex',
  'birth_date',
  'community',
  'education_level',
  'education_years',
  'id_number_enc',
  'id_number_hash',
  'person_hash',
  'phone_enc',
  'address_enc',
  'informant_name',
  'informant_relation',
  'informant_phone_enc',
  'registered_by',
  'created_at',
  'updated_at',
];
const CONSENT_COLUMNS = [
  'id',
  'resident_id',
  'kind',
  'granted',
  'text_version',
  'taken_by',
  'taken_at',
  'recorded_at',
];
const RESULT_COLUMNS = [
  'id',
  'resident_id',
  'campaign_id',
  'client_id',
  'stage',
  'instrument',
  'version',
  'answers_enc',
  'outcome_enc',
  'administered_at',
  'recorded_by',
  'recorded_at',
];
