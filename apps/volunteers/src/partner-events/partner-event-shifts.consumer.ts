import {
  EventSubject,
  type EventEnvelope,
  type PartnerEventCancelledV1,
  type PartnerEventScheduleV1,
} from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { type SkippedShift, SourcedShifts, type ShiftSourceKey } from '../shifts/sourced-shifts.service';
import { desiredShifts } from './partner-event-shifts.plan';
import {
  type AppliedPartnerEvent,
  PartnerEventVersionsRepository,
} from './partner-event-versions.repository';

/**
 * An approved partner event becomes shifts: one per role and occurrence, with source
 * `partner_event:<eventId>`, and they follow the event's later changes and its cancellation. Each copy
 * of the event carries its whole schedule and a version; the one applied is kept per event
 * (partner_event_versions, locked while a copy is applied), and a copy whose version is not above it —
 * late, replayed, or sent twice under another id — changes nothing. (The inbox already stops a
 * redelivery of the same event id.)
 */
@Injectable()
export class PartnerEventShifts {
  private readonly logger = new Logger('PartnerEventShifts');

  constructor(
    private readonly versions: PartnerEventVersionsRepository,
    private readonly shifts: SourcedShifts,
  ) {}

  @OnEvent(EventSubject.partnersEventApproved)
  async approved(event: EventEnvelope<PartnerEventScheduleV1>, tx: Tx): Promise<void> {
    await this.follow(tx, event.payload);
  }

  @OnEvent(EventSubject.partnersEventChanged)
  async changed(event: EventEnvelope<PartnerEventScheduleV1>, tx: Tx): Promise<void> {
    await this.follow(tx, event.payload);
  }

  @OnEvent(EventSubject.partnersEventCancelled)
  async cancelled(event: EventEnvelope<PartnerEventCancelledV1>, tx: Tx): Promise<void> {
    const p = event.payload;
    const applied = await this.claim(tx, { ...p, organisationName: '' }, p.version);
    if (!applied) return;
    await this.versions.applied(tx, p.eventId, { version: p.version, cancelledAt: new Date(p.cancelledAt) });
    await this.shifts.cancelAll(tx, sourceOf(p.eventId), p.reason);
  }

  /** Reconciles the event's shifts with its schedule (partner-event-shifts.plan.ts, then the shifts' plan). */
  private async follow(tx: Tx, schedule: PartnerEventScheduleV1): Promise<void> {
    const applied = await this.claim(tx, schedule, schedule.version);
    if (!applied) return;
    await this.versions.applied(tx, schedule.eventId, {
      version: schedule.version,
      organisationName: schedule.organisationName,
    });
    this.logSkipped(
      schedule.eventId,
      await this.shifts.follow(tx, sourceOf(schedule.eventId), desiredShifts(schedule)),
    );
  }

  /**
   * The event's row, locked, when this copy is newer than what was applied; null (and nothing to do)
   * for an old copy, or one naming another organisation than the event's first copy did.
   */
  private async claim(
    tx: Tx,
    event: { eventId: string; organisationId: string; organisationName: string },
    version: number,
  ): Promise<AppliedPartnerEvent | null> {
    const applied = await this.versions.claim(tx, event);
    if (applied.organisationId !== event.organisationId) {
      this.logger.warn(
        `Ignored version ${version} of partner event ${event.eventId}: it names organisation ${event.organisationId}, the event is ${applied.organisationId}'s.`,
      );
      return null;
    }
    if (version <= applied.version) {
      this.logger.log(
        `Ignored version ${version} of partner event ${event.eventId}: version ${applied.version} is applied.`,
      );
      return null;
    }
    return applied;
  }

  private logSkipped(eventId: string, skipped: readonly SkippedShift[]): void {
    for (const step of skipped)
      this.logger.warn(`Partner event ${eventId}: no shift for ${step.ref}: ${step.why}.`);
  }
}

function sourceOf(eventId: string): ShiftSourceKey {
  return { type: 'partner_event', id: eventId };
}
