import { EventSubject, type EventEnvelope, type InboxOutcomeRecordedV1 } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { VolunteerService } from '../volunteers/volunteer.service';
import { DeclarationOutcomes } from './declaration-outcomes';
import { DeclarationsRepository } from './declarations.repository';
import { DECLARATION_ORIGIN } from './declarations.service';

/** Said to the volunteer when a partner declines without saying why. */
const NO_REASON_GIVEN = '合作单位未说明理由';

/**
 * The partner's answer to a declaration sent to its inbox (`partners.inbox.outcome-recorded.v1`):
 * `completed` confirms it (the hours recorded and verified as certified by that organisation, role
 * `partner`), `declined` rejects it with the partner's notes as the reason; `accepted` is only the
 * partner taking it on and changes nothing. Trusts no payload: the declaration must name that very
 * organisation. Applied once: the consumer inbox drops a redelivery, and a declaration already reviewed
 * (by this outcome, or by a coordinator in the meantime) stays as it is. Items other services sent to
 * partners' inboxes are not ours and are passed over.
 */
@Injectable()
export class PartnerDeclarationOutcomes {
  private readonly logger = new Logger(PartnerDeclarationOutcomes.name);

  constructor(
    private readonly declarations: DeclarationsRepository,
    private readonly volunteers: VolunteerService,
    private readonly outcomes: DeclarationOutcomes,
  ) {}

  @OnEvent(EventSubject.partnersInboxOutcomeRecorded)
  async recorded(event: EventEnvelope<InboxOutcomeRecordedV1>, tx: Tx): Promise<void> {
    const p = event.payload;
    if (p.origin.service !== DECLARATION_ORIGIN.service) return;
    if (p.origin.entityType !== DECLARATION_ORIGIN.entityType) return;
    if (p.outcome.status === 'accepted') return;
    const found = await this.declarations.byId(tx, p.origin.entityId);
    if (found?.declaration.partnerOrganisationId !== p.organisationId) {
      this.logger.warn(
        `Ignored the ${p.outcome.status} outcome of declaration ${p.origin.entityId} from organisation ${p.organisationId}: ${found ? 'it names another organisation' : 'no such declaration'}.`,
      );
      return;
    }
    // The volunteer's lock first (the daily limit), as every change of what a volunteer holds; then the row.
    await this.volunteers.lockForUpdate(tx, found.declaration.volunteerId);
    const declaration = (await this.declarations.lockById(tx, found.declaration.id))!;
    if (declaration.status !== 'pending') {
      this.logger.log(
        `Declaration ${declaration.id} was ${declaration.status} already; the partner's ${p.outcome.status} changes nothing.`,
      );
      return;
    }
    const at = new Date(p.recordedAt);
    const by = p.recordedBy.accountId;
    if (p.outcome.status === 'completed') {
      await this.outcomes.confirm(
        tx,
        declaration,
        { accountId: by, role: 'partner', organisation: { id: p.organisationId, name: p.organisationName } },
        at,
      );
    } else {
      await this.outcomes.reject(tx, declaration, {
        reason: p.outcome.notes?.trim() || NO_REASON_GIVEN,
        by,
        role: 'partner',
        at,
      });
    }
  }
}
