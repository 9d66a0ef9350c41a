import { EventSubject, type EventEnvelope, type PartnerHoursCertifiedV1 } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { PartnerEventOwners } from '../partner-events/partner-event-owners';
import { ShiftSeats } from '../shifts/shift-seats';
import { shiftSource } from '../shifts/shift-source';
import { VolunteerService } from '../volunteers/volunteer.service';
import { HoursChanges } from './hours-changes';
import { HoursRepository } from './hours.repository';

/** Said to coordinators when a partner disputes hours without saying why (the contract asks it to). */
const NO_REASON_GIVEN = '合作单位未说明理由';

/**
 * A partner's word on the hours served at its event ("whoever records, certifies"): `confirmed` verifies
 * the record as certified by that organisation (through HoursChanges.verify, so points and
 * volunteers.hours.verified.v1 follow as for a coordinator's verification); `disputed` sends it back to
 * the coordinators with the partner's reason. Trusts no payload: the record's shift must have been made
 * from that very event and the event must be the organisation's (as its approval told us), otherwise
 * nothing happens and a warning is logged. A record already verified stays as it is.
 */
@Injectable()
export class PartnerCertification {
  private readonly logger = new Logger('PartnerCertification');

  constructor(
    private readonly hours: HoursRepository,
    private readonly volunteers: VolunteerService,
    private readonly shifts: ShiftSeats,
    private readonly owners: PartnerEventOwners,
    private readonly changes: HoursChanges,
  ) {}

  @OnEvent(EventSubject.partnersHoursCertified)
  async certified(event: EventEnvelope<PartnerHoursCertifiedV1>, tx: Tx): Promise<void> {
    const p = event.payload;
    const found = await this.hours.byId(tx, p.hoursRecordId);
    const refusal = await this.refusal(tx, p, found?.shiftId ?? null);
    if (refusal) {
      this.logger.warn(
        `Ignored ${p.decision} hours ${p.hoursRecordId} from organisation ${p.organisationId} (event ${p.eventId}): ${refusal}.`,
      );
      return;
    }
    // The volunteer's lock first, as every change of what a volunteer holds; then the record as it stands.
    await this.volunteers.lockForUpdate(tx, found!.volunteerId);
    const record = (await this.hours.byId(tx, p.hoursRecordId))!;
    if (record.status === 'verified') return;
    const organisation = { id: p.organisationId, name: p.organisationName };
    if (p.decision === 'confirmed') {
      await this.changes.verify(
        tx,
        record,
        { accountId: p.certifiedBy, role: 'partner', organisation },
        new Date(p.certifiedAt),
      );
    } else {
      await this.changes.dispute(tx, record, {
        reason: p.reason?.trim() || NO_REASON_GIVEN,
        organisation,
        by: p.certifiedBy,
        at: new Date(p.certifiedAt),
      });
    }
  }

  /** Why this certification may not touch the record; null when it may. */
  private async refusal(tx: Tx, p: PartnerHoursCertifiedV1, shiftId: string | null): Promise<string | null> {
    if (!shiftId) return 'no such hours record';
    if (shiftId !== p.shiftId) return `the record is of shift ${shiftId}, not ${p.shiftId}`;
    const source = shiftSource(await this.shifts.current(tx, shiftId));
    if (source !== `partner_event:${p.eventId}`) return `the shift's source is ${source ?? 'none'}`;
    const owner = await this.owners.organisationOf(tx, p.eventId);
    if (owner?.id !== p.organisationId)
      return `the event belongs to ${owner?.id ?? 'no organisation we know'}`;
    return null;
  }
}
