import { AuditLog, type Principal } from '@linkage/auth';
import { newId, Transactions, type Page, type PageQuery } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { sumHours } from '../hours/hours-rules';
import { localDateOf } from '../time/local-date';
import type { HandoverBatch } from './handover-batch.entity';
import { formatHandoverNumber, HANDOVER_NUMBER, handoverRow, type HandoverRow } from './handover-columns';
import { HandoverError } from './handover.error';
import { HandoverRepository } from './handover.repository';

/**
 * Handing the station's service records over to the national system. A batch takes every verified
 * record of the period not in an earlier batch, under the year's sequence lock, so two coordinators
 * exporting at once get two batches with no record in both (or the second gets none: 422
 * HANDOVER_NOTHING_NEW, and nothing is written). Each batch is numbered, audited, and downloadable again.
 */
@Injectable()
export class HandoverService {
  constructor(
    private readonly batches: HandoverRepository,
    private readonly access: VolunteersAccess,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
  ) {}

  async create(
    principal: Principal,
    period: { from: string; to: string },
    now = new Date(),
  ): Promise<HandoverBatch> {
    if (!(await this.access.can(principal, 'record.hand_over'))) throw notFound('');
    return this.transactions.run(async (tx) => {
      const year = Number(localDateOf(now).slice(0, 4));
      const sequence = await this.batches.nextSequence(tx, year);
      const records = await this.batches.pending(tx, period.from, period.to);
      if (records.length === 0) {
        const already = await this.batches.countHandedOver(tx, period.from, period.to);
        throw new HandoverError(
          'HANDOVER_NOTHING_NEW',
          already > 0
            ? `Every verified record from ${period.from} to ${period.to} has been handed over already; download the earlier batches instead.`
            : `There are no verified records from ${period.from} to ${period.to} to hand over.`,
          { ...period, alreadyHandedOver: already },
        );
      }
      const facts = await this.batches.facts(tx, [...new Set(records.map((r) => r.volunteerId))]);
      const rows = records.map((r, i) => handoverRow(i + 1, r, facts.get(r.volunteerId)!));
      const batch: HandoverBatch = {
        id: newId(),
        number: formatHandoverNumber(year, sequence),
        periodFrom: period.from,
        periodTo: period.to,
        recordCount: rows.length,
        totalHours: sumHours(records.map((r) => r.hours)),
        createdBy: principal.accountId,
        createdAt: now,
      };
      await this.batches.insertBatch(tx, batch, rows);
      await this.audit.record(
        {
          action: 'handover.created',
          recordType: 'handover_batch',
          recordId: batch.id,
          outcome: 'allowed',
          details: { number: batch.number, ...period, records: rows.length, totalHours: batch.totalHours },
        },
        tx,
      );
      return batch;
    });
  }

  /** What a hand-over of the period would take now, and what earlier batches took of it already. */
  async summary(
    principal: Principal,
    period: { from: string; to: string },
  ): Promise<{ pending: number; handedOver: number }> {
    if (!(await this.access.can(principal, 'record.hand_over'))) throw notFound('');
    const [pending, handedOver] = await Promise.all([
      this.batches.countPending(period.from, period.to),
      this.batches.countHandedOver(null, period.from, period.to),
    ]);
    return { pending, handedOver };
  }

  async list(principal: Principal, query: PageQuery): Promise<Page<HandoverBatch>> {
    return this.batches.list(await this.access.scope(principal, 'record.hand_over'), query);
  }

  /** A past batch with its rows as handed over, for downloading again (audited). */
  async rows(principal: Principal, number: string): Promise<{ batch: HandoverBatch; rows: HandoverRow[] }> {
    const batch = HANDOVER_NUMBER.test(number)
      ? await this.batches.findByNumber(await this.access.scope(principal, 'record.hand_over'), number)
      : null;
    if (!batch) throw notFound(number);
    await this.audit.record({
      action: 'handover.downloaded',
      recordType: 'handover_batch',
      recordId: batch.id,
      outcome: 'allowed',
      details: { number },
    });
    return { batch, rows: await this.batches.rows(batch.id) };
  }
}

function notFound(number: string): HandoverError {
  return new HandoverError('HANDOVER_NOT_FOUND', `No hand-over batch numbered ${number}.`);
}
