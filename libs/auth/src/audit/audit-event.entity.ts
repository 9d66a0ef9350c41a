import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AuditOutcome = 'allowed' | 'denied';

/** One line of the append-only audit trail kept by the service that owns the record. */
@Entity('audit_events')
export class AuditEvent {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'char', length: 36, nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_roles', type: 'varchar', length: 100 })
  actorRoles: string;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ name: 'record_type', type: 'varchar', length: 60 })
  recordType: string;

  @Column({ name: 'record_id', type: 'varchar', length: 64, nullable: true })
  recordId: string | null;

  @Column({ type: 'varchar', length: 10 })
  outcome: AuditOutcome;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  @Column({ type: 'json', nullable: true })
  details: Record<string, unknown> | null;
}
