import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { MigrationInterface, QueryRunner } from 'typeorm';

interface ExistingOrganisation {
  id: string;
  name: string;
  kind: string;
  district: string | null;
  status: 'active' | 'suspended';
  version: number;
}

/**
 * Organisations registered before partners published events: one `partners.organisation.registered.v1`
 * each in the outbox, so the copies volunteers and screening keep start complete. Runs once, in the
 * migration's transaction; the relay publishes the rows when partners starts.
 */
export class AnnounceExistingOrganisations1796000000200 implements MigrationInterface {
  name = 'AnnounceExistingOrganisations1796000000200';

  async up(db: QueryRunner): Promise<void> {
    const organisations = (await db.query(
      'SELECT id, name, kind, district, status, version FROM organisations ORDER BY created_at, id',
    )) as ExistingOrganisation[];
    const correlationId = randomUUID();
    for (const o of organisations) {
      const now = new Date();
      const id = uuidv7();
      const envelope = {
        id,
        subject: 'partners.organisation.registered.v1',
        occurredAt: now.toISOString(),
        producer: 'partners',
        correlationId,
        causationId: null,
        payload: {
          organisationId: o.id,
          name: o.name,
          kind: o.kind,
          district: o.district,
          status: o.status,
          version: o.version,
          changedAt: now.toISOString(),
        },
      };
      await db.query(
        'INSERT INTO outbox (id, subject, envelope, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)',
        [id, envelope.subject, JSON.stringify(envelope), now, now],
      );
    }
  }

  async down(): Promise<void> {
    // Published events cannot be taken back; nothing to undo.
  }
}
