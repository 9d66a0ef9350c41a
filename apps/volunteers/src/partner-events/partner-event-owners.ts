import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { PartnerEventVersionsRepository } from './partner-event-versions.repository';

/**
 * Whose event a partner event is, as its own approval told us: what other features check a partner's
 * claim about the event against (only the organisation that owns it certifies hours at its shifts).
 */
@Injectable()
export class PartnerEventOwners {
  constructor(private readonly versions: PartnerEventVersionsRepository) {}

  /** The owning organisation of an event we have made shifts of; null for one we never heard of. */
  async organisationOf(tx: Tx, eventId: string): Promise<{ id: string; name: string } | null> {
    const event = await this.versions.find(tx, eventId);
    return event ? { id: event.organisationId, name: event.organisationName } : null;
  }
}
