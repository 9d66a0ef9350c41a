import { Injectable } from '@nestjs/common';
import type { Tx } from '@linkage/database';
import type { Shift } from './shift.entity';

export type SeatsFreedHandler = (tx: Tx, shift: Shift) => Promise<void>;

/** What happened to a shift: its details changed, it was cancelled, or it was marked completed. */
export type ShiftChange = 'changed' | 'cancelled' | 'completed';
export type ShiftChangedHandler = (tx: Tx, shift: Shift, change: ShiftChange) => Promise<void>;

/**
 * Where other features plug into changes made here without shifts depending on them: when a change
 * frees seats (more capacity, sign-ups reopened), the waitlist is served; when a shift changes, is
 * cancelled or completed, notifications, no-shows and points follow — all in the same transaction,
 * under the same row lock.
 */
@Injectable()
export class ShiftHooks {
  private readonly seatsFreedHandlers: SeatsFreedHandler[] = [];
  private readonly changedHandlers: ShiftChangedHandler[] = [];

  onSeatsFreed(handler: SeatsFreedHandler): void {
    this.seatsFreedHandlers.push(handler);
  }

  onChanged(handler: ShiftChangedHandler): void {
    this.changedHandlers.push(handler);
  }

  async seatsFreed(tx: Tx, shift: Shift): Promise<void> {
    for (const handler of this.seatsFreedHandlers) await handler(tx, shift);
  }

  async changed(tx: Tx, shift: Shift, change: ShiftChange): Promise<void> {
    for (const handler of this.changedHandlers) await handler(tx, shift, change);
  }
}
