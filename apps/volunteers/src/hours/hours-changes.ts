import { AuditLog } from '@linkage/auth';
import { EventSubject, type HoursVerifiedV1 } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersEvents } from '../domain-events/volunteers-events';
import type { ShiftData } from '../shifts/shift-data';
import { ShiftSeats } from '../shifts/shift-seats';
import { shiftSource } from '../shifts/shift-source';
import { VolunteerService } from '../volunteers/volunteer.service';
import type { HoursRecord } from './hours-record.entity';
import { HoursRepository, type NewHoursRecord } from './hours.repository';
import type { ServiceHoursDay } from './hours-rules';

/** Who verifies: a coordinator or the shift's team leader (an account), or the partner that hosted it. */
export interface HoursVerifier {
  accountId: string;
  role: HoursVerifiedV1['verifierRole'];
  /** The certifying partner organisation, named on certificates. */
  organisation?: { id: string; name: string };
}

/**
 * An hours record's changes with what they tell, in the caller's transaction (which holds the
 * volunteer's row lock): each change bumps the record's version and publishes the record as it now
 * stands, volunteers.hours.recorded.v1 (partners keep the records of their events' shifts to certify
 * them); a verification also 'volunteers.hours.verified.v1' (points, then the outbox) and an
 * adjustment 'volunteers.hours.adjusted'. No path can change a record and forget to tell.
 */
@Injectable()
export class HoursChanges {
  constructor(
    private readonly hours: HoursRepository,
    private readonly volunteers: VolunteerService,
    private readonly shifts: ShiftSeats,
    private readonly events: VolunteersEvents,
    private readonly audit: AuditLog,
  ) {}

  /** A new record, version 1 (at check-out). */
  async insert(tx: Tx, record: NewHoursRecord, days: ServiceHoursDay[]): Promise<HoursRecord> {
    const saved = await this.hours.insert(tx, record, days);
    await this.tell(tx, saved);
    return saved;
  }

  /** Marks the record verified; it now counts (totals, points, certificates). */
  async verify(tx: Tx, record: HoursRecord, verifier: HoursVerifier, at = new Date()): Promise<HoursRecord> {
    const saved = await this.hours.save(tx, record.id, {
      status: 'verified',
      verifiedBy: verifier.accountId,
      verifiedAt: at,
      verifierOrganisationId: verifier.organisation?.id ?? null,
      verifierOrganisationName: verifier.organisation?.name ?? null,
    });
    const shift = await this.shifts.current(tx, saved.shiftId);
    // Points are earned in-process on this subject, then it goes to the outbox for other services.
    await this.events.publish(tx, EventSubject.volunteersHoursVerified, {
      hoursRecordId: saved.id,
      volunteerId: saved.volunteerId,
      shiftId: saved.shiftId,
      source: shiftSource(shift),
      hours: Number(saved.hours),
      verifiedBy: verifier.accountId,
      verifierRole: verifier.role,
      verifiedAt: at.toISOString(),
    });
    await this.tell(tx, saved, shift);
    await this.audit.record(
      {
        action: 'hours.verified',
        recordType: 'hours',
        recordId: saved.id,
        outcome: 'allowed',
        details: {
          hours: saved.hours,
          verifierRole: verifier.role,
          ...(verifier.organisation ? { organisation: verifier.organisation } : {}),
        },
      },
      tx,
    );
    return saved;
  }

  /** Sets the hours (the adjustment itself is already kept); verified points follow the difference. */
  async adjust(
    tx: Tx,
    record: HoursRecord,
    adjustment: { id: string; hours: string; adjustedBy: string },
  ): Promise<HoursRecord> {
    const saved = await this.hours.save(tx, record.id, { hours: adjustment.hours });
    await this.events.publish(tx, 'volunteers.hours.adjusted', {
      hoursRecordId: record.id,
      volunteerId: record.volunteerId,
      adjustmentId: adjustment.id,
      hours: adjustment.hours,
      verified: record.status === 'verified',
      adjustedBy: adjustment.adjustedBy,
    });
    await this.tell(tx, saved);
    return saved;
  }

  /** The hosting partner disputes the hours: they wait for a coordinator, with the partner's reason. */
  async dispute(
    tx: Tx,
    record: HoursRecord,
    dispute: { reason: string; organisation?: { id: string; name: string }; by: string; at: Date },
  ): Promise<HoursRecord> {
    const saved = await this.hours.save(tx, record.id, {
      status: 'disputed',
      disputeReason: dispute.reason,
      disputedAt: dispute.at,
    });
    await this.tell(tx, saved);
    await this.audit.record(
      {
        action: 'hours.disputed',
        recordType: 'hours',
        recordId: record.id,
        outcome: 'allowed',
        actorId: dispute.by,
        details: {
          reason: dispute.reason,
          ...(dispute.organisation ? { organisation: dispute.organisation } : {}),
        },
      },
      tx,
    );
    return saved;
  }

  /** volunteers.hours.recorded.v1: the record as it stands after the change, with its version. */
  private async tell(tx: Tx, record: HoursRecord, shift?: ShiftData): Promise<void> {
    const volunteer = await this.volunteers.lockForUpdate(tx, record.volunteerId);
    const source = shiftSource(shift ?? (await this.shifts.current(tx, record.shiftId)));
    await this.events.publish(tx, EventSubject.volunteersHoursRecorded, {
      hoursRecordId: record.id,
      volunteerId: record.volunteerId,
      volunteerName: volunteer?.name ?? '',
      shiftId: record.shiftId,
      source,
      hours: Number(record.hours),
      status: record.status,
      checkedInAt: record.checkedInAt?.toISOString() ?? null,
      checkedOutAt: record.checkedOutAt?.toISOString() ?? null,
      version: record.version,
      recordedAt: record.recordedAt.toISOString(),
    });
  }
}
