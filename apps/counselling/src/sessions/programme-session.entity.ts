import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const SESSION_STATUSES = ['scheduled', 'completed', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** One meeting of a programme: when, where, about what; completed once it has taken place. */
@Entity('programme_sessions')
@Index('ix_programme_sessions_programme', ['programmeId', 'startsAt'])
export class ProgrammeSession {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  endsAt: Date;

  @Column({ type: 'varchar', length: 200 })
  place: string;

  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Column({ type: 'varchar', length: 20 })
  status: SessionStatus;

  @Column({ name: 'completed_at', type: 'datetime', precision: 3, nullable: true })
  completedAt: Date | null;

  /** Grows with each change, so a consumer can tell a late copy of an event from a newer one. */
  @Column({ type: 'int', unsigned: true })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
