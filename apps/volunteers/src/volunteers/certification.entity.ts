import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A certificate a volunteer holds (消防安全, 急救 …), as a coordinator saw it. Renewals are new rows, so
 * the history stays; a shift asks only that one of them is valid on its dates.
 */
@Entity('volunteer_certifications')
export class Certification {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'volunteer_id', type: 'char', length: 36 })
  volunteerId: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  /** Local dates (Asia/Shanghai) as YYYY-MM-DD. */
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
