/**
 * A probe consumer for the event fault tests and the event benchmark: a service built like every other
 * (the counselling service's name, so it is a real service to the catalogue and its consumer is
 * `counselling--partners_organisation_registered_v1`), whose only feature records each
 * `partners.organisation.registered.v1` it applies as a row of `probe_effects`. That table has no unique
 * key on purpose: an event applied twice shows as two rows, so the tests count what the inbox promises.
 *
 * A name starting with POISON fails (the handler throws) for as long as `probe_failing` holds that name,
 * so a test can make an event fail N times and then let a replay succeed.
 */
import { EventSubject, type EventEnvelope, type OrganisationRegisteredV1 } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import type { ServiceDefinition } from '@linkage/service-kit';
import { Injectable, Module } from '@nestjs/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { counsellingService } from '../../apps/counselling/src/counselling.service-definition';

export const POISON_PREFIX = 'POISON';

/** The probe's own tables (a migration, as every service's tables are). */
export class CreateProbeTables1799000000000 implements MigrationInterface {
  name = 'CreateProbeTables1799000000000';

  async up(db: QueryRunner): Promise<void> {
    // No unique key: a second application of one event must be visible as a second row.
    await db.query(`
      CREATE TABLE probe_effects (
        seq BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        event_id CHAR(36) NOT NULL,
        name VARCHAR(200) NOT NULL,
        occurred_at DATETIME(3) NOT NULL,
        applied_at DATETIME(3) NOT NULL,
        PRIMARY KEY (seq),
        KEY ix_probe_effects_event (event_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`
      CREATE TABLE probe_failing (
        name VARCHAR(200) NOT NULL,
        PRIMARY KEY (name)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE probe_failing');
    await db.query('DROP TABLE probe_effects');
  }
}

@Injectable()
export class ProbeEffects {
  @OnEvent(EventSubject.partnersOrganisationRegistered)
  async registered(event: EventEnvelope<OrganisationRegisteredV1>, tx: Tx): Promise<void> {
    const { name } = event.payload;
    if (name.startsWith(POISON_PREFIX)) {
      const failing: unknown[] = await tx.query('SELECT 1 FROM probe_failing WHERE name = ?', [name]);
      if (failing.length > 0) throw new Error(`probe: ${name} is set to fail`);
    }
    await tx.query(
      'INSERT INTO probe_effects (event_id, name, occurred_at, applied_at) VALUES (?, ?, ?, ?)',
      [event.id, name, new Date(event.occurredAt), new Date()],
    );
  }
}

@Module({ providers: [ProbeEffects] })
export class ProbeModule {}

export const probeService: ServiceDefinition = {
  ...counsellingService,
  api: { title: 'Linkage event probe', description: 'Records the events it applies (tests, benchmarks).' },
  schema: {
    database: 'linkage_events_probe',
    entities: [],
    migrations: [CreateProbeTables1799000000000],
  },
  imports: [ProbeModule],
};
