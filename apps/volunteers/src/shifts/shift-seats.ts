import type { RecordScope } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { ShiftData } from './shift-data';
import { ShiftRepository } from './shift.repository';

/**
 * The shift's row as the features that fill it use it, inside their transaction: its lock (which
 * serialises everything that changes one shift's seats), its state under that lock, its seat counter
 * and its waitlist tickets. The seat methods expect the row to be locked in `tx` (`lock`).
 */
@Injectable()
export class ShiftSeats {
  constructor(private readonly shifts: ShiftRepository) {}

  /** Locks the shift's row for the rest of the transaction, if it is within the scope. */
  lock(tx: Tx, scope: RecordScope, id: string): Promise<ShiftData | null> {
    return this.shifts.lock(tx, scope, id);
  }

  /** The shift as it stands inside the transaction. */
  current(tx: Tx, id: string): Promise<ShiftData> {
    return this.shifts.current(tx, id);
  }

  /** Takes one seat if one is free (the database decides); false when the shift is full. */
  takeSeat(tx: Tx, id: string): Promise<boolean> {
    return this.shifts.takeSeat(tx, id);
  }

  releaseSeat(tx: Tx, id: string): Promise<void> {
    return this.shifts.releaseSeat(tx, id);
  }

  /** Seats for the first of `count` sign-ups while any are free, then tickets; open/full follow the seats. */
  takeSeatsOrTickets(tx: Tx, shift: ShiftData, count: number): Promise<{ seats: number; tickets: number[] }> {
    return this.shifts.takeSeatsOrTickets(tx, shift, count);
  }

  /** Sets open/full from the seats after they changed; other statuses stay. */
  refreshStatus(tx: Tx, id: string): Promise<ShiftData> {
    return this.shifts.refreshStatus(tx, id);
  }
}
