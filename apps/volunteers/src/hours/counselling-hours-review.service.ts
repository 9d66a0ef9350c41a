import { AuditLog, notFoundOrDenied, type Principal, type RecordScope } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { VolunteerService } from '../volunteers/volunteer.service';
import { HoursChanges } from './hours-changes';
import type { HoursStatus } from './hours-record.entity';
import { HoursError, hoursNotFound } from './hours.error';
import { HoursRepository, type CounsellingSessionHours } from './hours.repository';

/**
 * The counsellors' review of the hours their programme's peer facilitators served at its sessions: list
 * them, verify them (they then count like any verified hours: totals, points, certificates) or send them
 * back with a reason (disputed, for a coordinator to settle). Exactly the records of the sessions the
 * counsellor was named for (`hours.review_counselling`); any other record is a 404 as if it were not
 * there. Changes go through HoursChanges under the volunteer's lock, as every hours change does.
 */
@Injectable()
export class CounsellingHoursReview {
  constructor(
    private readonly hours: HoursRepository,
    private readonly access: VolunteersAccess,
    private readonly volunteers: VolunteerService,
    private readonly changes: HoursChanges,
    private readonly audit: AuditLog,
  ) {}

  async list(principal: Principal, status?: HoursStatus): Promise<CounsellingSessionHours[]> {
    return this.hours.counsellingSessionHours(await this.scope(principal), { status });
  }

  async verify(principal: Principal, id: string): Promise<CounsellingSessionHours> {
    const scope = await this.scope(principal);
    const found = await this.find(scope, id);
    const role = (await this.access.can(principal, 'record.administer')) ? 'coordinator' : 'counsellor';
    const record = await this.volunteers.withLocked(found.record.volunteerId, async (tx) => {
      const [current] = await this.hours.counsellingSessionHours(scope, { id }, tx);
      if (!current) throw hoursNotFound(id);
      if (current.record.status === 'verified') return current.record;
      return this.changes.verify(tx, current.record, { accountId: principal.accountId, role });
    });
    return { ...found, record };
  }

  /** Sends the hours back (disputed) with the reason; a second time changes nothing; verified ones are 409. */
  async reject(principal: Principal, id: string, reason: string): Promise<CounsellingSessionHours> {
    const scope = await this.scope(principal);
    const found = await this.find(scope, id);
    const record = await this.volunteers.withLocked(found.record.volunteerId, async (tx) => {
      const [current] = await this.hours.counsellingSessionHours(scope, { id }, tx);
      if (!current) throw hoursNotFound(id);
      if (current.record.status === 'verified') {
        throw new HoursError(
          'HOURS_ALREADY_VERIFIED',
          'These hours are verified already and count; a coordinator adjusts them if they are wrong.',
          { status: 'verified' },
        );
      }
      if (current.record.status === 'disputed') return current.record;
      return this.changes.dispute(tx, current.record, { reason, by: principal.accountId, at: new Date() });
    });
    return { ...found, record };
  }

  private scope(principal: Principal): Promise<RecordScope> {
    return this.access.scope(principal, 'hours.review_counselling');
  }

  private async find(scope: RecordScope, id: string): Promise<CounsellingSessionHours> {
    const [found] = await this.hours.counsellingSessionHours(scope, { id });
    if (found) return found;
    return notFoundOrDenied(
      this.audit,
      {
        action: 'hours.review_counselling',
        recordType: 'hours',
        recordId: id,
        existsOutsideScope: () => this.hours.exists(id),
      },
      hoursNotFound(id),
    );
  }
}
