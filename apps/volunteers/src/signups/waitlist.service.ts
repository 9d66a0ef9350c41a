import { AuditLog } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import type { Tx } from '@linkage/database';
import { OnVolunteersEvent } from '../domain-events/volunteers-events';
import { NotificationService } from '../notifications/notification.service';
import type { ShiftData } from '../shifts/shift-data';
import { ShiftSeats } from '../shifts/shift-seats';
import { takesSignups } from '../shifts/shift-status';
import { VolunteerService } from '../volunteers/volunteer.service';
import { clashes } from './overlap.rule';
import type { Signup } from './signup.entity';
import { SignupRepository } from './signup.repository';
import { StaffingEvents } from './staffing-events';
import { nextInLine, promotion } from './waitlist.rule';

/**
 * A shift's seats and its line: takes a seat or a waitlist ticket, gives a seat back, and serves the
 * waitlist: lets overdue offers go, then gives free seats to the first in line (confirmed at once or
 * offered, per the shift) and records a notification for each. Always runs with the shift's row locked,
 * so two replicas, or a sweep and a cancellation, never hand out one seat twice: the second to get the
 * lock finds the work done.
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly shifts: ShiftSeats,
    private readonly signups: SignupRepository,
    private readonly volunteers: VolunteerService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditLog,
    private readonly staffing: StaffingEvents,
  ) {}

  /** A change to the shift freed seats (more capacity, sign-ups reopened): serve the line at once. */
  @OnVolunteersEvent('volunteers.shift.seats-freed')
  async seatsFreed({ shiftId }: { shiftId: string }, tx: Tx): Promise<void> {
    await this.serve(tx, shiftId, new Date());
  }

  /**
   * Takes a seat if one is free (the database decides), else a waitlist ticket, and sets the shift's
   * open/full status from its seats. The caller holds the shift's row lock in `tx`; `shift` is the row
   * as it stands under it.
   */
  async seatOrTicket(tx: Tx, shift: ShiftData, now: Date): Promise<Partial<Signup>> {
    const [place] = await this.seatsOrTickets(tx, shift, 1, now);
    return place;
  }

  /**
   * Places for `count` sign-ups in the order they came: seats while any are free, then tickets, taken
   * in one statement (ShiftSeats.takeSeatsOrTickets). The caller holds the shift's row lock in `tx`;
   * `shift` is the row as it stands under it.
   */
  async seatsOrTickets(tx: Tx, shift: ShiftData, count: number, now: Date): Promise<Partial<Signup>[]> {
    if (count === 0) return [];
    const { seats, tickets } = await this.shifts.takeSeatsOrTickets(tx, shift, count);
    return [
      ...Array.from({ length: seats }, () => ({
        status: 'confirmed' as const,
        waitlistTicket: null,
        confirmedAt: now,
      })),
      ...tickets.map((ticket) => ({
        status: 'waitlisted' as const,
        waitlistTicket: ticket,
        confirmedAt: null,
      })),
    ];
  }

  /** Gives back the seat a cancelled sign-up held; `serve` then hands it on. */
  releaseSeat(tx: Tx, shiftId: string): Promise<void> {
    return this.shifts.releaseSeat(tx, shiftId);
  }

  /**
   * Serves the line only when there is something to do: an offer past its deadline, or a free seat and
   * someone waiting (one look at the shift's sign-ups, where serve would take three statements to find
   * nothing). A sign-up's way in uses it, so a storm of sign-ups on a full shift does no housekeeping.
   * `shift` is as read under the row lock the caller holds in `tx`; answers the row as it stands after.
   */
  async serveIfDue(tx: Tx, shift: ShiftData, now: Date): Promise<ShiftData> {
    const line = await this.signups.lineState(tx, shift.id, now);
    if (line.overdueOffer || (line.waiting && shift.seatsTaken < shift.capacity)) {
      return this.serve(tx, shift.id, now);
    }
    return shift;
  }

  /** The caller holds the shift's row lock in `tx`. Answers the row as it stands after. */
  async serve(tx: Tx, shiftId: string, now: Date): Promise<ShiftData> {
    await this.expireOffers(tx, shiftId, now);
    await this.fillSeats(tx, shiftId, now);
    return this.shifts.refreshStatus(tx, shiftId);
  }

  private async expireOffers(tx: Tx, shiftId: string, now: Date): Promise<void> {
    for (const offer of await this.signups.expiredOffers(tx, shiftId, now)) {
      const expired = await this.signups.save(tx, offer.id, { status: 'expired' });
      await this.shifts.releaseSeat(tx, shiftId);
      await this.staffing.signupChanged(tx, await this.shifts.current(tx, shiftId), offer, expired);
      await this.notifications.recordWaitlistNews(tx, offer.volunteerId, 'waitlist_offer_expired', shiftId);
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
    let shift: ShiftData = await this.shifts.current(tx, shiftId);
    if (!takesSignups(shift.status) || now >= shift.endsAt) return;
    const passedOver = new Set<string>();
    while (shift.seatsTaken < shift.capacity) {
      const next = nextInLine(await this.signups.waitlist(tx, shiftId, passedOver), passedOver);
      if (!next) return;
      // The volunteer's lock, as for a sign-up, so they cannot be confirmed elsewhere meanwhile. This
      // takes locks in the opposite order to a sign-up (shift, then volunteer); the rare deadlock that
      // allows is resolved by InnoDB and the transaction retried (see Transactions).
      await this.volunteers.lockForUpdate(tx, next.volunteerId);
      const held = await this.signups.heldOverlapping(tx, [next.volunteerId], shift, shiftId);
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
      await this.notifications.recordWaitlistNews(
        tx,
        next.volunteerId,
        outcome.status === 'confirmed' ? 'waitlist_promoted' : 'waitlist_offered',
        shiftId,
      );
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
