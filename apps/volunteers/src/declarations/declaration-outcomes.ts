import { AuditLog } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { HoursChanges, type HoursVerifier } from '../hours/hours-changes';
import { HoursRecording } from '../hours/hours-recording';
import { SourcedShifts } from '../shifts/sourced-shifts.service';
import { declarationAttendanceId, declarationShift, declaredSpan } from './declaration.rule';
import { DeclarationsRepository } from './declarations.repository';
import type { HoursDeclaration } from './hours-declaration.entity';

/**
 * A declaration's confirmation or rejection, in the caller's transaction (which holds the volunteer's
 * lock and the declaration's row). Confirming records the hours by the usual rules (HoursRecording:
 * half-hour units, 8 h a day across the volunteer's records) on the declared shift, or on a completed
 * shift of source `hours_declaration:<id>` for service outside Linkage, and verifies them as certified by
 * whoever confirmed (HoursChanges: points, volunteers.hours.verified.v1 follow). The record's attendance
 * key is derived from the declaration, so there is never a second record for one declaration.
 */
@Injectable()
export class DeclarationOutcomes {
  constructor(
    private readonly declarations: DeclarationsRepository,
    private readonly sourced: SourcedShifts,
    private readonly recording: HoursRecording,
    private readonly changes: HoursChanges,
    private readonly audit: AuditLog,
  ) {}

  async confirm(
    tx: Tx,
    d: HoursDeclaration,
    verifier: HoursVerifier,
    at = new Date(),
  ): Promise<HoursDeclaration> {
    const shiftId = d.shiftId ?? (await this.ownShift(tx, d));
    const record = await this.recording.recordFor(tx, {
      attendanceId: declarationAttendanceId(d.id),
      shiftId,
      volunteerId: d.volunteerId,
      ...declaredSpan(d.serviceDate, d.hours),
      recordedBy: verifier.accountId,
    });
    if (record.status !== 'verified') await this.changes.verify(tx, record, verifier, at);
    const saved = await this.declarations.save(tx, d.id, {
      status: 'confirmed',
      reviewedBy: verifier.accountId,
      reviewerRole: verifier.role,
      reviewedAt: at,
      hoursRecordId: record.id,
    });
    await this.audit.record(
      {
        action: 'hours.declaration_confirmed',
        recordType: 'hours_declaration',
        recordId: d.id,
        outcome: 'allowed',
        actorId: verifier.accountId,
        details: {
          hoursRecordId: record.id,
          verifierRole: verifier.role,
          ...(verifier.organisation ? { organisation: verifier.organisation } : {}),
        },
      },
      tx,
    );
    return saved;
  }

  async reject(
    tx: Tx,
    d: HoursDeclaration,
    rejection: { reason: string; by: string; role: string; at?: Date },
  ): Promise<HoursDeclaration> {
    const saved = await this.declarations.save(tx, d.id, {
      status: 'rejected',
      rejectReason: rejection.reason,
      reviewedBy: rejection.by,
      reviewerRole: rejection.role,
      reviewedAt: rejection.at ?? new Date(),
    });
    await this.audit.record(
      {
        action: 'hours.declaration_rejected',
        recordType: 'hours_declaration',
        recordId: d.id,
        outcome: 'allowed',
        actorId: rejection.by,
        details: { reason: rejection.reason, reviewerRole: rejection.role },
      },
      tx,
    );
    return saved;
  }

  /** The completed shift of an off-system declaration, made once (unique per source and ref). */
  private async ownShift(tx: Tx, d: HoursDeclaration): Promise<string> {
    const source = { type: 'hours_declaration', id: d.id } as const;
    const [existing] = await this.sourced.lockAll(tx, source);
    if (existing) return existing.id;
    return (await this.sourced.createCompleted(tx, source, 'declaration', declarationShift(d))).id;
  }
}
