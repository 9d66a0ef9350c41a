import { newId, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Attendance, MISSING_CHECK_OUT_AFTER_MS } from './attendance.entity';

/** Attendance rows. Changes run in the caller's transaction, after the volunteer's row lock. */
@Injectable()
export class AttendanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  find(tx: Tx, shiftId: string, volunteerId: string): Promise<Attendance | null> {
    return tx.getRepository(Attendance).findOneBy({ shiftId, volunteerId });
  }

  async upsert(tx: Tx, existing: Attendance | null, row: Partial<Attendance>): Promise<Attendance> {
    const repo = tx.getRepository(Attendance);
    if (existing) {
      await repo.update({ id: existing.id }, row);
      return repo.findOneByOrFail({ id: existing.id });
    }
    const id = newId();
    await repo.insert({ farFromVenue: false, ...row, id });
    return repo.findOneByOrFail({ id });
  }

  ofShift(shiftId: string): Promise<Attendance[]> {
    return this.db.getRepository(Attendance).find({ where: { shiftId }, order: { createdAt: 'ASC' } });
  }

  /** Confirmed sign-ups of a completed shift with no attendance at all become no-shows. */
  async recordNoShows(tx: Tx, shiftId: string): Promise<number> {
    const result = await tx.query<{ affectedRows: number }>(
      `INSERT IGNORE INTO attendance (id, shift_id, volunteer_id, signup_id, status, far_from_venue, reason)
       SELECT UUID(), su.shift_id, su.volunteer_id, su.id, 'no_show', 0, 'no check-in when the shift completed'
         FROM shift_signups su
        WHERE su.shift_id = ? AND su.status = 'confirmed'
          AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.shift_id = su.shift_id AND a.volunteer_id = su.volunteer_id)`,
      [shiftId],
    );
    return result.affectedRows;
  }

  /** Flags check-ins with no check-out for 24 hours; answers how many were newly flagged. */
  async flagMissingCheckOuts(now: Date): Promise<number> {
    const result = await this.db.query<{ affectedRows: number }>(
      `UPDATE attendance SET missing_check_out_at = ?
        WHERE checked_out_at IS NULL AND checked_in_at IS NOT NULL AND checked_in_at <= ?
          AND missing_check_out_at IS NULL`,
      [now, new Date(now.getTime() - MISSING_CHECK_OUT_AFTER_MS)],
    );
    return result.affectedRows;
  }

  async recordLead(tx: Tx, shiftId: string, volunteerId: string): Promise<void> {
    await tx.query('INSERT IGNORE INTO shift_leads (shift_id, volunteer_id) VALUES (?, ?)', [
      shiftId,
      volunteerId,
    ]);
  }

  async leadsOf(tx: Tx, shiftId: string): Promise<string[]> {
    const rows = await tx.query<{ volunteerId: string }[]>(
      'SELECT volunteer_id AS volunteerId FROM shift_leads WHERE shift_id = ?',
      [shiftId],
    );
    return rows.map((r) => r.volunteerId);
  }
}
