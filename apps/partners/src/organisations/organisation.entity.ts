import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationKind, OrganisationStatus } from './organisation-kind';

/** A person to reach at the organisation beside its main contact: the director, the clinic's nurse. */
export interface OrganisationContact {
  name: string;
  /** Their role or title there (主任, 社工, 护士长). */
  title: string | null;
  phone: string | null;
  email: string | null;
}

@Entity('organisations')
export class Organisation {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Index('uq_organisations_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  kind: OrganisationKind;

  @Column({ type: 'varchar', length: 100, nullable: true })
  district: string | null;

  @Column({ type: 'varchar', length: 12, default: 'active' })
  status: OrganisationStatus;

  /** Incremented by every change; consumers of its events keep the highest. */
  @Column({ type: 'int', unsigned: true, default: 1 })
  version: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  /** The communities it serves, by name (滨海路社区, 黄海路社区), in the order they were given. */
  @Column({ type: 'json' })
  communities: string[];

  /** Further people to reach there; the main contact stays in the contact_* columns. */
  @Column({ type: 'json' })
  contacts: OrganisationContact[];

  @Column({ name: 'contact_name', type: 'varchar', length: 100, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 20, nullable: true })
  contactPhone: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
