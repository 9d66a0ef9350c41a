import type { Role } from '@linkage/auth';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An invitation to create an account with one role; its one-time token is kept only as a SHA-256. */
@Entity('invitations')
export class Invitation {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 11, nullable: true })
  mobile: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ name: 'organisation_id', type: 'char', length: 36, nullable: true })
  organisationId: string | null;

  @Column({ name: 'volunteer_id', type: 'char', length: 36, nullable: true })
  volunteerId: string | null;

  /** The account that invited; null when that was not a signed-in person. */
  @Column({ name: 'invited_by', type: 'char', length: 36, nullable: true })
  invitedBy: string | null;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'datetime', precision: 3, nullable: true })
  acceptedAt: Date | null;

  /** The account the acceptance created. */
  @Column({ name: 'account_id', type: 'char', length: 36, nullable: true })
  accountId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
