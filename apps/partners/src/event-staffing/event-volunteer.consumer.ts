import {
  EventSubject,
  type AssignmentCancelledV1,
  type AssignmentConfirmedV1,
  type EventEnvelope,
} from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { partnerEventIdOf } from '../event-registrations/event-source';
import { EventRegistrationService } from '../event-registrations/event-registration.service';
import type { EventVolunteerStatus } from './event-volunteer.entity';
import { EventVolunteerRepository } from './event-volunteer.repository';

/** Keeps who is coming to our events' shifts as volunteers publishes it; other shifts are not ours. */
@Injectable()
export class EventVolunteerConsumer {
  constructor(
    private readonly volunteers: EventVolunteerRepository,
    private readonly registrations: EventRegistrationService,
  ) {}

  @OnEvent(EventSubject.volunteersAssignmentConfirmed)
  confirmed(event: EventEnvelope<AssignmentConfirmedV1>, tx: Tx): Promise<void> {
    return this.keep(tx, event.payload, 'confirmed', event.payload.confirmedAt);
  }

  @OnEvent(EventSubject.volunteersAssignmentCancelled)
  cancelled(event: EventEnvelope<AssignmentCancelledV1>, tx: Tx): Promise<void> {
    return this.keep(tx, event.payload, 'cancelled', event.payload.cancelledAt);
  }

  private async keep(
    tx: Tx,
    p: AssignmentConfirmedV1 | AssignmentCancelledV1,
    status: EventVolunteerStatus,
    at: string,
  ): Promise<void> {
    const eventId = partnerEventIdOf(p.source);
    if (!eventId || !(await this.registrations.ownerOf(tx, eventId))) return;
    await this.volunteers.keep(tx, {
      shiftId: p.shiftId,
      volunteerId: p.volunteerId,
      eventId,
      name: p.volunteerName ?? null,
      status,
      changedAt: new Date(at),
    });
  }
}
