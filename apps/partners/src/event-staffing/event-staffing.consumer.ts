import { EventSubject, type EventEnvelope, type ShiftStaffingChangedV1 } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { partnerEventIdOf } from '../event-registrations/event-source';
import { EventRegistrationService } from '../event-registrations/event-registration.service';
import { EventStaffingRepository } from './event-staffing.repository';

/** Keeps the staffing of our events' shifts as volunteers publishes it; other shifts are not ours. */
@Injectable()
export class EventStaffingConsumer {
  constructor(
    private readonly staffing: EventStaffingRepository,
    private readonly registrations: EventRegistrationService,
  ) {}

  @OnEvent(EventSubject.volunteersShiftStaffingChanged)
  async staffingChanged(event: EventEnvelope<ShiftStaffingChangedV1>, tx: Tx): Promise<void> {
    const p = event.payload;
    const eventId = partnerEventIdOf(p.source);
    if (!eventId || !(await this.registrations.ownerOf(tx, eventId))) return;
    // A partner event's shift is `<role key>@<occurrence key>` of it (older events carry no ref).
    const [roleKey, occurrenceKey] = p.sourceRef?.includes('@') ? p.sourceRef.split('@', 2) : [null, null];
    await this.staffing.keep(tx, {
      shiftId: p.shiftId,
      eventId,
      roleKey,
      occurrenceKey,
      capacity: p.capacity,
      confirmed: p.confirmed,
      waitlisted: p.waitlisted,
      pending: p.pending,
      startsAt: new Date(p.startsAt),
      countedAt: new Date(p.countedAt),
    });
  }
}
