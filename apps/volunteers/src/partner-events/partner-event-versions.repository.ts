import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';

export interface AppliedPartnerEvent {
  eventId: string;
  organisationId: string;
  organisationName: string;
  /** 0 when nothing of the event has been applied yet. */
  version: number;
  cancelledAt: Date | null;
}

interface Row {
  event_id: string;
  organisation_id: string;
  organisation_name: string;
  version: number;
  cancelled_at: Date | null;
}

/** partner_event_versions: which version of each partner event its shifts follow, and whose event it is. */
@Injectable()
export class PartnerEventVersionsRepository {
  /**
   * The event's row, locked for the rest of `tx`, made (version 0) if it is the first we hear of the
   * event. Locking one row per event serialises two replicas applying copies of the same event, even
   * the first two, which a lock on a missing row would not.
   */
  async claim(
    tx: Tx,
    event: { eventId: string; organisationId: string; organisationName: string },
  ): Promise<AppliedPartnerEvent> {
    await tx.query(
      `INSERT INTO partner_event_versions (event_id, organisation_id, organisation_name, version)
       VALUES (?, ?, ?, 0) ON DUPLICATE KEY UPDATE event_id = event_id`,
      [event.eventId, event.organisationId, event.organisationName],
    );
    const [row] = await tx.query<Row[]>(
      'SELECT * FROM partner_event_versions WHERE event_id = ? FOR UPDATE',
      [event.eventId],
    );
    return toApplied(row);
  }

  /** Records the version now applied (under the lock `claim` took). */
  async applied(
    tx: Tx,
    eventId: string,
    change: { version: number; organisationName?: string; cancelledAt?: Date },
  ): Promise<void> {
    await tx.query(
      `UPDATE partner_event_versions
          SET version = ?, organisation_name = COALESCE(?, organisation_name),
              cancelled_at = COALESCE(?, cancelled_at)
        WHERE event_id = ?`,
      [change.version, change.organisationName ?? null, change.cancelledAt ?? null, eventId],
    );
  }

  async find(tx: Tx, eventId: string): Promise<AppliedPartnerEvent | null> {
    const [row] = await tx.query<Row[]>('SELECT * FROM partner_event_versions WHERE event_id = ?', [eventId]);
    return row && row.version > 0 ? toApplied(row) : null;
  }
}

function toApplied(row: Row): AppliedPartnerEvent {
  return {
    eventId: row.event_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    version: Number(row.version),
    cancelledAt: row.cancelled_at,
  };
}
