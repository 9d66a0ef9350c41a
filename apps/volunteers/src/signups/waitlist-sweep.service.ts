import { Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { STATION_SCOPE } from '../access/volunteers.access';
import { ShiftSeats } from '../shifts/shift-seats';
import { SignupRepository } from './signup.repository';
import { WaitlistService } from './waitlist.service';

/** How many shifts one sweep looks after; the next sweep takes the rest. */
const SWEEP_BATCH = 100;

/**
 * The waitlist's upkeep outside any sign-up: each shift with an overdue offer, or a free seat and a
 * line, is served in its own transaction under its row lock (WaitlistJob runs it on a timer).
 */
@Injectable()
export class WaitlistSweep {
  constructor(
    private readonly signups: SignupRepository,
    private readonly shifts: ShiftSeats,
    private readonly waitlist: WaitlistService,
    private readonly transactions: Transactions,
  ) {}

  /** One pass over every shift with an overdue offer, or a free seat and a waitlist. */
  async sweep(now: Date = new Date()): Promise<number> {
    const ids = await this.signups.needingWaitlistUpkeep(now, SWEEP_BATCH);
    for (const id of ids) {
      await this.transactions.run(async (tx) => {
        if (await this.shifts.lock(tx, STATION_SCOPE, id)) await this.waitlist.serve(tx, id, now);
      });
    }
    return ids.length;
  }
}
