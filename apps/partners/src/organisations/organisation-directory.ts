import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { OrganisationKind } from './organisation-kind';
import type { OrganisationStatus } from './organisation-kind';
import { OrganisationRepository } from './organisation.repository';

export interface OrganisationListing {
  id: string;
  name: string;
  kind: OrganisationKind;
  status: OrganisationStatus;
}

/**
 * What other features of partners may know of organisations: their names, kinds and status, never
 * contacts. Exported by OrganisationModule instead of its repository.
 */
@Injectable()
export class OrganisationDirectory {
  constructor(private readonly organisations: OrganisationRepository) {}

  /** Within a transaction, pass it: the listing is then read on the transaction's own connection. */
  async listings(ids: readonly string[], tx?: Tx): Promise<Map<string, OrganisationListing>> {
    if (ids.length === 0) return new Map();
    const found = await this.organisations.findByIdsForService([...new Set(ids)], tx);
    return new Map(found.map((o) => [o.id, { id: o.id, name: o.name, kind: o.kind, status: o.status }]));
  }
}
