import { Injectable } from '@nestjs/common';
import type { Tx } from '@linkage/database';
import type { Attendance } from './attendance.entity';

export type CheckedOutHandler = (tx: Tx, attendance: Attendance, recordedBy: string) => Promise<void>;

/** Where hours plug in: a check-out computes the hours record in the same transaction. */
@Injectable()
export class AttendanceHooks {
  private readonly checkedOutHandlers: CheckedOutHandler[] = [];

  onCheckedOut(handler: CheckedOutHandler): void {
    this.checkedOutHandlers.push(handler);
  }

  async checkedOut(tx: Tx, attendance: Attendance, recordedBy: string): Promise<void> {
    for (const handler of this.checkedOutHandlers) await handler(tx, attendance, recordedBy);
  }
}
