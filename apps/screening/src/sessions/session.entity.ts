import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SessionStatus } from './session-status';

/** The screeners a session needs in one role: becomes one volunteer shift (its key is the shift's ref). */
export interface SessionRole {
  key: string;
  name: string;
  count: number;
  requiredCertifications: string[];
  requiredSkills: string[];
}

/** DECIMAL columns come back as strings. */
const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A screening session of a campaign: where (one of the campaign's communities, a venue), when, and
 * which screeners it needs. `version` grows with every change published to volunteers.
 */
@Entity('screening_sessions')
export class ScreeningSession {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'campaign_id', type: 'char', length: 36 })
  campaignId: string;

  @Column({ type: 'varchar', length: 100 })
  community: string;

  @Column({ name: 'venue_name', type: 'varchar', length: 200 })
  venueName: string;

  @Column({ name: 'venue_address', type: 'varchar', length: 300 })
  venueAddress: string;

  @Column({ type: 'decimal', precision: 9, scale: 6, nullable: true, transformer: decimal })
  latitude: number | null;

  @Column({ type: 'decimal', precision: 9, scale: 6, nullable: true, transformer: decimal })
  longitude: number | null;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  endsAt: Date;

  @Column({ type: 'json' })
  roles: SessionRole[];

  @Column({ type: 'varchar', length: 20 })
  status: SessionStatus;

  /** Why it was cancelled. */
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ type: 'int', unsigned: true })
  version: number;

  @Column({ name: 'created_by', type: 'char', length: 36 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
