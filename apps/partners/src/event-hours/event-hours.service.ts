import { AuditLog, type Principal } from '@linkage/auth';
import { EventSubject } from '@linkage/contracts';
import { Transactions } from '@linkage/database';
import { Outbox } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { EventRegistrationService } from '../event-registrations/event-registration.service';
import type { EventHoursRecord, HoursDecision } from './event-hours-record.entity';
import { EventHoursError } from './event-hours.error';
import { EventHoursRepository, type CertifiedTotals } from './event-hours.repository';

/**
 * The organisation certifies the hours served at its events ("whoever records, certifies"): confirmed
 * hours count as verified by it, disputed ones go back to the coordinator with the reason. Deciding the
 * same way again changes nothing and publishes nothing.
 */
@Injectable()
export class EventHoursService {
  constructor(
    private readonly hours: EventHoursRepository,
    private readonly registrations: EventRegistrationService,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly outbox: Outbox,
  ) {}

  async list(principal: Principal, eventId: string): Promise<EventHoursRecord[]> {
    await this.registrations.get(principal, eventId);
    return this.hours.ofEvent(eventId);
  }

  async decide(
    principal: Principal,
    eventId: string,
    hoursRecordId: string,
    decision: HoursDecision,
    reason: string | null,
  ): Promise<EventHoursRecord> {
    const { event, organisationName } = await this.registrations.get(
      principal,
      eventId,
      'event.certify_hours',
    );
    return this.transactions.run(async (tx) => {
      const record = await this.hours.lock(tx, eventId, hoursRecordId);
      if (!record)
        throw new EventHoursError('EVENT_HOURS_NOT_FOUND', `No hours record ${hoursRecordId} at this event.`);
      if (record.decision === decision) return record;
      if (record.decision === 'confirmed')
        throw new EventHoursError(
          'EVENT_HOURS_ALREADY_CONFIRMED',
          'These hours were confirmed already and count as verified; ask the coordinator to correct them.',
          { decision: record.decision },
        );
      const certifiedAt = new Date();
      const decided = await this.hours.decide(tx, hoursRecordId, {
        decision,
        decisionReason: decision === 'disputed' ? reason : null,
        certifiedBy: principal.accountId,
        certifiedAt,
      });
      await this.outbox.add(tx, EventSubject.partnersHoursCertified, {
        hoursRecordId,
        shiftId: record.shiftId,
        eventId,
        organisationId: event.organisationId,
        organisationName,
        decision,
        reason: decided.decisionReason,
        certifiedBy: principal.accountId,
        certifiedAt: certifiedAt.toISOString(),
      });
      await this.audit.record(
        {
          action: `event_hours.${decision}`,
          recordType: 'hours_record',
          recordId: hoursRecordId,
          outcome: 'allowed',
          details: { eventId },
        },
        tx,
      );
      return decided;
    });
  }

  /** For exports: certified totals of events the caller has already been allowed to see. */
  totals(eventIds: readonly string[]): Promise<Map<string, CertifiedTotals>> {
    return this.hours.totals(eventIds);
  }
}
