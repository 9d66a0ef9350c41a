import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationRole } from '../access/member.access';
import type { MemberStatus } from './member-status';

/**
 * A member of a partner organisation: a person with a partner account bound to it (through identity's
 * invitation) and a role within the organisation. The account id is known once the invitation is
 * accepted; until then the member is `invited`, known by email.
 */
@Entity('organisation_members')
@Index('uq_organisation_members_email', ['organisationId', 'email'], { unique: true })
export class OrganisationMember {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'organisation_id', type: 'char', length: 36 })
  organisationId: string;

  @Index('uq_organisation_members_account', { unique: true })
  @Column({ name: 'account_id', type: 'char', length: 36, nullable: true })
  accountId: string | null;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 12 })
  role: OrganisationRole;

  @Column({ type: 'varchar', length: 12 })
  status: MemberStatus;

  @Column({ name: 'invitation_id', type: 'char', length: 36, nullable: true })
  invitationId: string | null;

  @Column({ name: 'invited_by', type: 'char', length: 36 })
  invitedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
