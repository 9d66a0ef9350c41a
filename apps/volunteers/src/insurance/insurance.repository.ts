import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { InsuredPerson } from './insured-list';

export interface ShiftInsurance {
  shiftId: string;
  insurer: string;
  policyNumber: string;
  coversFrom: string;
  coversTo: string;
  listSentAt: Date | null;
  listSentBy: string | null;
  updatedBy: string;
  updatedAt: Date;
}

const POLICY = `shift_id AS shiftId, insurer, policy_number AS policyNumber,
  DATE_FORMAT(covers_from, '%Y-%m-%d') AS coversFrom, DATE_FORMAT(covers_to, '%Y-%m-%d') AS coversTo,
  list_sent_at AS listSentAt, list_sent_by AS listSentBy, updated_by AS updatedBy, updated_at AS updatedAt`;

/**
 * A shift's accident insurance (one row: the policy, when its list went to the insurer) and the
 * volunteers on the lists sent (`shift_insured`). The people are the shift's confirmed sign-ups, read
 * with their profiles here (the list is the insurer's, so it carries name, student number, mobile).
 */
@Injectable()
export class InsuranceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(shiftId: string, tx?: Tx): Promise<ShiftInsurance | null> {
    const [row] = await (tx ?? this.db).query<ShiftInsurance[]>(
      `SELECT ${POLICY} FROM shift_insurance WHERE shift_id = ?`,
      [shiftId],
    );
    return row ?? null;
  }

  async put(
    tx: Tx,
    shiftId: string,
    policy: { insurer: string; policyNumber: string; coversFrom: string; coversTo: string },
    by: string,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO shift_insurance (shift_id, insurer, policy_number, covers_from, covers_to, updated_by)
       VALUES (?, ?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE insurer = VALUES(insurer), policy_number = VALUES(policy_number),
         covers_from = VALUES(covers_from), covers_to = VALUES(covers_to), updated_by = VALUES(updated_by)`,
      [shiftId, policy.insurer, policy.policyNumber, policy.coversFrom, policy.coversTo, by],
    );
  }

  /** The shift's confirmed volunteers, with when the list they were on was sent. */
  people(shiftId: string, tx?: Tx): Promise<InsuredPerson[]> {
    return (tx ?? this.db).query<InsuredPerson[]>(
      `SELECT su.volunteer_id AS volunteerId, v.name, v.student_number AS studentNumber, v.mobile,
              v.department, su.confirmed_at AS confirmedAt, i.sent_at AS sentAt
         FROM shift_signups su JOIN volunteers v ON v.id = su.volunteer_id
         LEFT JOIN shift_insured i ON i.shift_id = su.shift_id AND i.volunteer_id = su.volunteer_id
        WHERE su.shift_id = ? AND su.status = 'confirmed'
        ORDER BY su.confirmed_at, v.student_number`,
      [shiftId],
    );
  }

  /** Marks the list as sent now: everyone on it is insured from then (those already on keep their time). */
  async markSent(
    tx: Tx,
    shiftId: string,
    volunteerIds: readonly string[],
    at: Date,
    by: string,
  ): Promise<void> {
    await tx.query(
      `INSERT IGNORE INTO shift_insured (shift_id, volunteer_id, sent_at) VALUES ${volunteerIds
        .map(() => '(?, ?, ?)')
        .join(', ')}`,
      volunteerIds.flatMap((id) => [shiftId, id, at]),
    );
    await tx.query('UPDATE shift_insurance SET list_sent_at = ?, list_sent_by = ? WHERE shift_id = ?', [
      at,
      by,
      shiftId,
    ]);
  }
}
