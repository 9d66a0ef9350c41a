import {
  EventSubject,
  type EventEnvelope,
  type OrganisationChangedV1,
  type OrganisationRegisteredV1,
} from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OnEvent } from '../events/on-event.decorator';

export interface OrganisationName {
  id: string;
  name: string;
  kind: string;
  district: string | null;
  status: 'active' | 'suspended';
  changedAt: Date;
}

interface Row {
  id: string;
  name: string;
  kind: string;
  district: string | null;
  status: 'active' | 'suspended';
  changed_at: Date;
}

const toName = (r: Row): OrganisationName => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  district: r.district,
  status: r.status,
  changedAt: r.changed_at,
});

/**
 * The partners directory as this service keeps it: names, kinds and status of organisations, never
 * contacts. Fed only by partners' events; the highest `version` wins, so events arriving out of
 * order (two relays, a replay) cannot bring an old name back.
 */
@Injectable()
export class OrganisationNames {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @OnEvent(EventSubject.partnersOrganisationRegistered)
  async registered(event: EventEnvelope<OrganisationRegisteredV1>, tx: Tx): Promise<void> {
    await this.keep(tx, event.payload);
  }

  @OnEvent(EventSubject.partnersOrganisationChanged)
  async changed(event: EventEnvelope<OrganisationChangedV1>, tx: Tx): Promise<void> {
    await this.keep(tx, event.payload);
  }

  async find(ids: readonly string[]): Promise<Map<string, OrganisationName>> {
    if (ids.length === 0) return new Map();
    const rows: Row[] = await this.db.query('SELECT * FROM organisation_names WHERE id IN (?)', [[...ids]]);
    return new Map(rows.map((r) => [r.id, toName(r)]));
  }

  async list(filter: { kind?: string; q?: string } = {}): Promise<OrganisationName[]> {
    const where: string[] = ["status = 'active'"];
    const params: unknown[] = [];
    if (filter.kind) {
      where.push('kind = ?');
      params.push(filter.kind);
    }
    const rows: Row[] = await this.db.query(
      `SELECT * FROM organisation_names WHERE ${where.join(' AND ')} ORDER BY name LIMIT 500`,
      params,
    );
    return rows.map(toName);
  }

  private async keep(tx: Tx, o: OrganisationRegisteredV1): Promise<void> {
    const changedAt = new Date(o.changedAt);
    await tx.query(
      `INSERT INTO organisation_names (id, name, kind, district, status, version, changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE
         name = IF(VALUES(version) > version, VALUES(name), name),
         kind = IF(VALUES(version) > version, VALUES(kind), kind),
         district = IF(VALUES(version) > version, VALUES(district), district),
         status = IF(VALUES(version) > version, VALUES(status), status),
         changed_at = IF(VALUES(version) > version, VALUES(changed_at), changed_at),
         version = GREATEST(version, VALUES(version))`,
      [o.organisationId, o.name, o.kind, o.district ?? null, o.status, o.version, changedAt],
    );
  }
}

/** Import in a service that shows partner organisations' names; add CreateOrganisationNames to its migrations. */
@Module({ providers: [OrganisationNames], exports: [OrganisationNames] })
export class OrganisationNamesModule {}
