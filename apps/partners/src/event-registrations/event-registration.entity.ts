import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  type ValueTransformer,
} from 'typeorm';
import type { EventKind } from './event-kind';
import type { EventStatus } from './event-lifecycle.rule';
import type { Recurrence } from './event-occurrences.rule';

/** mysql2 returns DECIMAL as a string (exactly); coordinates are fine as numbers. */
const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export interface EventRole {
  key: string;
  name: string;
  count: number;
  requiredSkills: string[];
  requiredCertifications: string[];
  signupMode: 'auto' | 'approval';
}

/** Stored as instants in ISO 8601 (UTC), as the events carry them. */
export interface StoredOccurrence {
  key: string;
  startsAt: string;
  endsAt: string;
}

/** Metadata only: the file itself lives elsewhere (a URL or an object-storage key). */
export interface EventAttachment {
  name: string;
  url: string | null;
  storageKey: string | null;
  size: number;
  mimeType: string;
}

export interface EventVenue {
  name: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** The venue of an event, as its view and its events carry it. */
export function venueOf(e: EventRegistration): EventVenue {
  return {
    name: e.venueName,
    address: e.venueAddress,
    latitude: e.venueLatitude,
    longitude: e.venueLongitude,
  };
}

/** A partner organisation's event registration: what it asks volunteers for, and where it is in review. */
@Entity('partner_events')
@Index('ix_partner_events_organisation', ['organisationId', 'id'])
@Index('ix_partner_events_status', ['status', 'id'])
export class EventRegistration {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'organisation_id', type: 'char', length: 36 })
  organisationId: string;

  @Column({ name: 'project_id', type: 'char', length: 36, nullable: true })
  projectId: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 40 })
  kind: EventKind;

  @Column({ type: 'varchar', length: 100, nullable: true })
  community: string | null;

  @Column({ name: 'venue_name', type: 'varchar', length: 200 })
  venueName: string;

  @Column({ name: 'venue_address', type: 'varchar', length: 300, nullable: true })
  venueAddress: string | null;

  @Column({
    name: 'venue_latitude',
    type: 'decimal',
    precision: 9,
    scale: 6,
    nullable: true,
    transformer: decimal,
  })
  venueLatitude: number | null;

  @Column({
    name: 'venue_longitude',
    type: 'decimal',
    precision: 9,
    scale: 6,
    nullable: true,
    transformer: decimal,
  })
  venueLongitude: number | null;

  /** The first occurrence as entered; a recurrence repeats its local time of day. */
  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  endsAt: Date;

  @Column({ type: 'json', nullable: true })
  recurrence: Recurrence | null;

  /** The schedule expanded (at most 60), kept so lists, staffing and events read it without expanding. */
  @Column({ type: 'json' })
  occurrences: StoredOccurrence[];

  @Column({ name: 'first_starts_at', type: 'datetime', precision: 3 })
  firstStartsAt: Date;

  @Column({ name: 'last_ends_at', type: 'datetime', precision: 3 })
  lastEndsAt: Date;

  @Column({ type: 'json' })
  roles: EventRole[];

  @Column({ name: 'contact_name', type: 'varchar', length: 100, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'json' })
  attachments: EventAttachment[];

  @Column({ type: 'varchar', length: 20 })
  status: EventStatus;

  /** Why it was rejected or cancelled. */
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  /** Grows with every change, so the volunteers service applies each schedule once and in order. */
  @Column({ type: 'int', unsigned: true, default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'char', length: 36 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
