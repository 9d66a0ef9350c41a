import { AuditLog, type Principal } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { VolunteerService } from '../volunteers/volunteer.service';
import type { HoursRecord } from './hours-record.entity';
import { HoursError, hoursNotFound as notFound } from './hours.error';
import {
  HoursRepository,
  type HoursAdjustment,
  type HoursExportRow,
  type VerifiedService,
} from './hours.repository';
import { starLevel, type StarLevel } from './hours-rules';

export interface VolunteerHours {
  totalVerifiedHours: string;
  starLevel: StarLevel;
  byMonth: { month: string; hours: string }[];
  records: HoursRecord[];
}

/**
 * Reading service hours: one record with its adjustments, a volunteer's total, star level and records,
 * totals and the export; and what certificates read (a volunteer's verified services). Hours are
 * computed by HoursRecording and verified or adjusted by HoursVerification.
 */
@Injectable()
export class HoursService {
  constructor(
    private readonly hours: HoursRepository,
    private readonly access: VolunteersAccess,
    private readonly volunteers: VolunteerService,
    private readonly audit: AuditLog,
  ) {}

  async get(
    principal: Principal,
    id: string,
  ): Promise<{ record: HoursRecord; adjustments: HoursAdjustment[] }> {
    const record = await this.hours.findById(await this.access.scope(principal, 'hours.read'), id);
    if (!record) throw notFound(id);
    return { record, adjustments: await this.hours.adjustments(id) };
  }

  /** Verified records with their shifts, in the caller's transaction (a certificate's snapshot). */
  verifiedServices(tx: Tx, volunteerId: string): Promise<VerifiedService[]> {
    return this.hours.verifiedServices(tx, volunteerId);
  }

  async ofVolunteer(principal: Principal, volunteerId: string): Promise<VolunteerHours> {
    if (
      !(await this.access.can(principal, 'record.read', { ownerId: volunteerId })) ||
      !(await this.volunteers.exists(volunteerId))
    ) {
      throw new HoursError('HOURS_NOT_FOUND', `No volunteer with id ${volunteerId}.`);
    }
    const { records, total, byMonth } = await this.hours.volunteerHours(volunteerId);
    return { totalVerifiedHours: total, starLevel: starLevel(total), byMonth, records };
  }

  totals(by: 'team' | 'month', from?: string, to?: string) {
    return this.hours.totals(by, from, to);
  }

  async exportRows(principal: Principal, from?: string, to?: string): Promise<HoursExportRow[]> {
    const rows = await this.hours.exportRows(from, to);
    await this.audit.record({
      action: 'hours.exported',
      recordType: 'hours',
      outcome: 'allowed',
      details: { from, to, rows: rows.length, by: principal.accountId },
    });
    return rows;
  }
}
