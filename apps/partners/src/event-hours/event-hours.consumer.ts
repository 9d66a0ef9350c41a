import { EventSubject, type EventEnvelope, type HoursRecordedV1 } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { partnerEventIdOf } from '../event-registrations/event-source';
import { EventRegistrationService } from '../event-registrations/event-registration.service';
import { EventHoursRepository } from './event-hours.repository';

/** Keeps volunteers' hours at our events' shifts, for the organisation to certify; other hours are not ours. */
@Injectable()
export class EventHoursConsumer {
  constructor(
    private readonly hours: EventHoursRepository,
    private readonly registrations: EventRegistrationService,
  ) {}

  @OnEvent(EventSubject.volunteersHoursRecorded)
  async recorded(event: EventEnvelope<HoursRecordedV1>, tx: Tx): Promise<void> {
    const p = event.payload;
    const eventId = partnerEventIdOf(p.source);
    if (!eventId || !(await this.registrations.ownerOf(tx, eventId))) return;
    await this.hours.keep(tx, {
      hoursRecordId: p.hoursRecordId,
      eventId,
      shiftId: p.shiftId,
      volunteerId: p.volunteerId,
      volunteerName: p.volunteerName,
      hours: p.hours,
      recordStatus: p.status,
      checkedInAt: p.checkedInAt ? new Date(p.checkedInAt) : null,
      checkedOutAt: p.checkedOutAt ? new Date(p.checkedOutAt) : null,
      version: p.version,
      recordedAt: new Date(p.recordedAt),
    });
  }
}
