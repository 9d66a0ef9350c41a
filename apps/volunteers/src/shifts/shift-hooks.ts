import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import type { Shift } from './shift.entity';

export type SeatsFreedHandler = (tx: Tx, shift: Shift) => Promise<void>;

/**
 * Where the sign-up feature plugs into changes made here without shifts depending on sign-ups: when a
 * change frees seats (more capacity, sign-ups reopened), the waitlist is served in the same transaction,
 * under the same row lock.
 */
@Injectable()
export class ShiftHooks {
  private readonly seatsFreedHandlers: SeatsFreedHandler[] = [];

  onSeatsFreed(handler: SeatsFreedHandler): void {
    this.seatsFreedHandlers.push(handler);
  }

  async seatsFreed(tx: Tx, shift: Shift): Promise<void> {
    for (const handler of this.seatsFreedHandlers) await handler(tx, shift);
  }
}
