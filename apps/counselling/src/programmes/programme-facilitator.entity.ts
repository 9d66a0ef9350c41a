import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { FacilitatorRole } from './facilitator-role';

/** Who runs a programme: counsellors' accounts, and peer facilitators (volunteers, by profile and account). */
@Entity('programme_facilitators')
export class ProgrammeFacilitator {
  @PrimaryColumn({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  @PrimaryColumn({ name: 'account_id', type: 'char', length: 36 })
  @Index('ix_programme_facilitators_account')
  accountId: string;

  @Column({ type: 'varchar', length: 20 })
  role: FacilitatorRole;

  /** The volunteer profile of a peer facilitator, whose hours the volunteers service records. */
  @Column({ name: 'volunteer_id', type: 'char', length: 36, nullable: true })
  volunteerId: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
