import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** What access rules know about a caller: the programmes they facilitate, and which programmes are standard. */
export interface Facilitation {
  counsellorOf: string[];
  peerOf: string[];
  /** Programmes that are not confidential (their membership may be seen beyond the facilitators). */
  standard: string[];
}

/**
 * The access module's read of facilitation, by table rather than through the programmes feature: every
 * feature asks the access module, so it depends on none of them.
 */
@Injectable()
export class FacilitationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(accountId: string): Promise<Facilitation> {
    const [rows, standard] = await Promise.all([
      this.db.query<{ programmeId: string; role: string }[]>(
        'SELECT programme_id AS programmeId, role FROM programme_facilitators WHERE account_id = ?',
        [accountId],
      ),
      // A station runs a handful of programmes a term: the list stays short.
      this.db.query<{ id: string }[]>('SELECT id FROM programmes WHERE confidential = 0'),
    ]);
    return {
      counsellorOf: rows.filter((r) => r.role === 'counsellor').map((r) => r.programmeId),
      peerOf: rows.filter((r) => r.role === 'peer').map((r) => r.programmeId),
      standard: standard.map((p) => p.id),
    };
  }
}
