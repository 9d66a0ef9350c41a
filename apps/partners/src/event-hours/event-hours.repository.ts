import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { EventHoursRecord } from './event-hours-record.entity';

export type RecordedHours = Omit<
  EventHoursRecord,
  'decision' | 'decisionReason' | 'certifiedBy' | 'certifiedAt'
>;

export interface CertifiedTotals {
  eventId: string;
  confirmedHours: number;
  confirmed: number;
  disputed: number;
}

@Injectable()
export class EventHoursRepository {
  constructor(@InjectRepository(EventHoursRecord) private readonly repo: Repository<EventHoursRecord>) {}

  /**
   * Keeps the record unless a newer version is there. A newer version whose hours differ clears the
   * partner's decision. Columns are assigned left to right: the decision's columns first (comparing with
   * the old hours and version), version last.
   */
  async keep(tx: Tx, r: RecordedHours): Promise<void> {
    const newer = 'VALUES(version) > version';
    const cleared = `${newer} AND VALUES(hours) <> hours`;
    await tx.query(
      `INSERT INTO partner_event_hours
         (hours_record_id, event_id, shift_id, volunteer_id, volunteer_name, hours, record_status,
          checked_in_at, checked_out_at, version, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE
         decision = IF(${cleared}, NULL, decision),
         decision_reason = IF(${cleared}, NULL, decision_reason),
         certified_by = IF(${cleared}, NULL, certified_by),
         certified_at = IF(${cleared}, NULL, certified_at),
         volunteer_name = IF(${newer}, VALUES(volunteer_name), volunteer_name),
         hours = IF(${newer}, VALUES(hours), hours),
         record_status = IF(${newer}, VALUES(record_status), record_status),
         checked_in_at = IF(${newer}, VALUES(checked_in_at), checked_in_at),
         checked_out_at = IF(${newer}, VALUES(checked_out_at), checked_out_at),
         recorded_at = IF(${newer}, VALUES(recorded_at), recorded_at),
         version = GREATEST(version, VALUES(version))`,
      [
        r.hoursRecordId,
        r.eventId,
        r.shiftId,
        r.volunteerId,
        r.volunteerName,
        r.hours,
        r.recordStatus,
        r.checkedInAt,
        r.checkedOutAt,
        r.version,
        r.recordedAt,
      ],
    );
  }

  /** One record of one event, locked: two decisions on it queue, and the second sees the first. */
  lock(tx: Tx, eventId: string, hoursRecordId: string): Promise<EventHoursRecord | null> {
    return tx
      .getRepository(EventHoursRecord)
      .createQueryBuilder('h')
      .where('h.hours_record_id = :hoursRecordId AND h.event_id = :eventId', { hoursRecordId, eventId })
      .setLock('pessimistic_write')
      .getOne();
  }

  async decide(
    tx: Tx,
    hoursRecordId: string,
    decision: Pick<EventHoursRecord, 'decision' | 'decisionReason' | 'certifiedBy' | 'certifiedAt'>,
  ): Promise<EventHoursRecord> {
    await tx.getRepository(EventHoursRecord).update({ hoursRecordId }, decision);
    return tx.getRepository(EventHoursRecord).findOneByOrFail({ hoursRecordId });
  }

  ofEvent(eventId: string): Promise<EventHoursRecord[]> {
    return this.repo.find({ where: { eventId }, order: { recordedAt: 'ASC', hoursRecordId: 'ASC' } });
  }

  /** Per event: the hours the partner confirmed, and how many records it confirmed and disputed. */
  async totals(eventIds: readonly string[]): Promise<Map<string, CertifiedTotals>> {
    if (eventIds.length === 0) return new Map();
    const rows: { event_id: string; hours: string | null; confirmed: string; disputed: string }[] =
      await this.repo.query(
        `SELECT event_id,
                SUM(CASE WHEN decision = 'confirmed' THEN hours END) AS hours,
                SUM(decision = 'confirmed') AS confirmed,
                SUM(decision = 'disputed') AS disputed
           FROM partner_event_hours WHERE event_id IN (?) GROUP BY event_id`,
        [[...eventIds]],
      );
    return new Map(
      rows.map((r) => [
        r.event_id,
        {
          eventId: r.event_id,
          confirmedHours: Number(r.hours ?? 0),
          confirmed: Number(r.confirmed),
          disputed: Number(r.disputed),
        },
      ]),
    );
  }
}
