import { AuditLog } from '@linkage/auth';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Transactions, type Tx } from '@linkage/database';
import { STATION_SCOPE } from '../access/volunteers.access';
import { NotificationRepository } from '../notifications/notification.repository';
import type { Shift } from '../shifts/shift.entity';
import { ShiftHooks } from '../shifts/shift-hooks';
import { ShiftRepository } from '../shifts/shift.repository';
import { takesSignups } from '../shifts/shift-status';
import { VolunteerRepository } from '../volunteers/volunteer.repository';
import { clashes } from './overlap.rule';
import { SignupRepository } from './signup.repository';
import { StaffingEvents } from './staffing-events';
import { nextInLine, promotion } from './waitlist.rule';

/** How many shifts one sweep looks after; the next sweep takes the rest. */
const SWEEP_BATCH = 100;

/**
 * Serves a shift's waitlist: lets overdue offers go, then gives free seats to the first in line
 * (confirmed at once or offered, per the shift) and records a notification for each. Always runs with
 * the shift's row locked, so two replicas, or a sweep and a cancellation, never hand out one seat twice:
 * the second to get the lock finds the work done.
 */
@Injectable()
export class WaitlistService implements OnModuleInit {
  constructor(
    private readonly shifts: ShiftRepository,
    private readonly signups: SignupRepository,
    private readonly volunteers: VolunteerRepository,
    private readonly notifications: NotificationRepository,
    private readonly hooks: ShiftHooks,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly staffing: StaffingEvents,
  ) {}

  onModuleInit(): void {
    this.hooks.onSeatsFreed((tx, shift) => this.serve(tx, shift.id, new Date()));
  }

  /** The caller holds the shift's row lock in `tx`. */
  async serve(tx: Tx, shiftId: string, now: Date): Promise<void> {
    await this.expireOffers(tx, shiftId, now);
    await this.fillSeats(tx, shiftId, now);
    await this.shifts.refreshStatus(tx, shiftId);
  }

  /** One pass over every shift with an overdue offer, or a free seat and a waitlist. */
  async sweep(now: Date = new Date()): Promise<number> {
    const ids = await this.signups.needingWaitlistUpkeep(now, SWEEP_BATCH);
    for (const id of ids) {
      await this.transactions.run(async (tx) => {
        if (await this.shifts.lock(tx, STATION_SCOPE, id)) await this.serve(tx, id, now);
      });
    }
    return ids.length;
  }

  private async expireOffers(tx: Tx, shiftId: string, now: Date): Promise<void> {
    for (const offer of await this.signups.expiredOffers(tx, shiftId, now)) {
      const expired = await this.signups.save(tx, offer.id, { status: 'expired' });
      await this.shifts.releaseSeat(tx, shiftId);
      await this.staffing.signupChanged(tx, await this.shifts.current(tx, shiftId), offer, expired);
      await this.notifications.record(tx, {
        volunteerId: offer.volunteerId,
        kind: 'waitlist_offer_expired',
        shiftId,
      });
      await this.audit.record(
        {
          action: 'signup.offer_expired',
          recordType: 'signup',
          recordId: offer.id,
          outcome: 'allowed',
          actorId: null,
          details: { shiftId, volunteerId: offer.volunteerId, offerExpiresAt: offer.offerExpiresAt },
        },
        tx,
      );
    }
  }

  private async fillSeats(tx: Tx, shiftId: string, now: Date): Promise<void> {
    let shift: Shift = await this.shifts.current(tx, shiftId);
    if (!takesSignups(shift.status) || now >= shift.endsAt) return;
    const passedOver = new Set<string>();
    while (shift.seatsTaken < shift.capacity) {
      const next = nextInLine(await this.signups.waitlist(tx, shiftId, passedOver), passedOver);
      if (!next) return;
      // The volunteer's lock, as for a sign-up, so they cannot be confirmed elsewhere meanwhile. This
      // takes locks in the opposite order to a sign-up (shift, then volunteer); the rare deadlock that
      // allows is resolved by InnoDB and the transaction retried (see Transactions).
      await this.volunteers.lockForUpdate(tx, next.volunteerId);
      const held = await this.signups.heldOverlapping(tx, next.volunteerId, shift, shiftId);
      if (clashes(shift, held).length > 0) {
        passedOver.add(next.id);
        continue;
      }
      if (!(await this.shifts.takeSeat(tx, shiftId))) return;
      const outcome = promotion(shift.waitlistPromotion, now, shift.offerClaimMinutes);
      const promoted = await this.signups.save(tx, next.id, {
        status: outcome.status,
        offerExpiresAt: outcome.offerExpiresAt,
        confirmedAt: outcome.status === 'confirmed' ? now : null,
      });
      await this.staffing.signupChanged(tx, shift, next, promoted, { how: 'waitlist_promoted' });
      await this.notifications.record(tx, {
        volunteerId: next.volunteerId,
        kind: outcome.status === 'confirmed' ? 'waitlist_promoted' : 'waitlist_offered',
        shiftId,
      });
      await this.audit.record(
        {
          action: outcome.status === 'confirmed' ? 'signup.promoted' : 'signup.offered',
          recordType: 'signup',
          recordId: next.id,
          outcome: 'allowed',
          details: { shiftId, volunteerId: next.volunteerId, ticket: next.waitlistTicket, ...outcome },
        },
        tx,
      );
      shift = { ...shift, seatsTaken: shift.seatsTaken + 1 };
    }
  }
}
