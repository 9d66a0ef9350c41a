import {
  EventSubject,
  type AssignmentCancelledV1,
  type AssignmentConfirmedV1,
  type EventEnvelope,
  type ShiftStaffingChangedV1,
} from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { SessionRepository } from './session.repository';
import { SessionScreenersRepository } from './session-screeners.repository';
import { sessionIdOf } from './session-source';
import { SessionStaffingRepository } from './session-staffing.repository';

/**
 * Keeps what volunteers tells of our sessions' shifts: their staffing counts, and who holds a confirmed
 * place (the screeners the access rule lets reach the session's residents). Shifts of other sources, and
 * of sessions we do not have, are not ours.
 */
@Injectable()
export class SessionStaffingConsumer {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly staffing: SessionStaffingRepository,
    private readonly screeners: SessionScreenersRepository,
  ) {}

  @OnEvent(EventSubject.volunteersShiftStaffingChanged)
  async staffingChanged(event: EventEnvelope<ShiftStaffingChangedV1>, tx: Tx): Promise<void> {
    const p = event.payload;
    const sessionId = await this.ours(tx, p.source);
    if (!sessionId) return;
    await this.staffing.keepCount(tx, {
      shiftId: p.shiftId,
      sessionId,
      capacity: p.capacity,
      confirmed: p.confirmed,
      waitlisted: p.waitlisted,
      pending: p.pending,
      startsAt: new Date(p.startsAt),
      countedAt: new Date(p.countedAt),
    });
  }

  @OnEvent(EventSubject.volunteersAssignmentConfirmed)
  async confirmed(event: EventEnvelope<AssignmentConfirmedV1>, tx: Tx): Promise<void> {
    await this.keepScreener(tx, event.payload, 'confirmed', event.payload.confirmedAt);
  }

  @OnEvent(EventSubject.volunteersAssignmentCancelled)
  async cancelled(event: EventEnvelope<AssignmentCancelledV1>, tx: Tx): Promise<void> {
    await this.keepScreener(tx, event.payload, 'cancelled', event.payload.cancelledAt);
  }

  /** A volunteer's place on one of our sessions' shifts, as it stands after `at`. */
  private async keepScreener(
    tx: Tx,
    place: { source: string | null; volunteerId: string; shiftId: string },
    status: 'confirmed' | 'cancelled',
    at: string,
  ): Promise<void> {
    const sessionId = await this.ours(tx, place.source);
    if (!sessionId) return;
    await this.screeners.keepScreener(tx, {
      sessionId,
      volunteerId: place.volunteerId,
      shiftId: place.shiftId,
      status,
      changedAt: new Date(at),
    });
  }

  private async ours(tx: Tx, source: string | null): Promise<string | null> {
    const sessionId = sessionIdOf(source);
    return sessionId && (await this.sessions.exists(sessionId, tx)) ? sessionId : null;
  }
}
