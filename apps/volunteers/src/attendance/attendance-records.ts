import { AuditLog } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersEvents } from '../domain-events/volunteers-events';
import type { Attendance } from './attendance.entity';
import { AttendanceRepository } from './attendance.repository';

/** What a change of an attendance is audited as, and who checked out when it records a check-out. */
export interface AttendanceChange {
  action: string;
  details: Record<string, unknown>;
  /** The account recording a check-out: hours follow ('volunteers.attendance.checked-out'). */
  checkedOutBy?: string;
}

/**
 * Attendance rows as the scan and the managers' records change them: every change is written with its
 * audit entry, and a check-out with the event hours are computed from, in the same transaction, so no
 * way of recording attendance can forget either.
 */
@Injectable()
export class AttendanceRecords {
  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly audit: AuditLog,
    private readonly events: VolunteersEvents,
  ) {}

  find(tx: Tx, shiftId: string, volunteerId: string): Promise<Attendance | null> {
    return this.attendance.find(tx, shiftId, volunteerId);
  }

  async put(
    tx: Tx,
    existing: Attendance | null,
    row: Partial<Attendance>,
    change: AttendanceChange,
  ): Promise<Attendance> {
    const saved = await this.attendance.upsert(tx, existing, row);
    await this.audit.record(
      {
        action: change.action,
        recordType: 'attendance',
        recordId: saved.id,
        outcome: 'allowed',
        details: { shiftId: saved.shiftId, volunteerId: saved.volunteerId, ...change.details },
      },
      tx,
    );
    if (change.checkedOutBy) {
      await this.events.publish(tx, 'volunteers.attendance.checked-out', {
        attendanceId: saved.id,
        shiftId: saved.shiftId,
        volunteerId: saved.volunteerId,
        checkedInAt: saved.checkedInAt,
        checkedOutAt: saved.checkedOutAt,
        recordedBy: change.checkedOutBy,
      });
    }
    return saved;
  }
}
