import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A member's quitting goal: the quit date and how many cigarettes a day they aim for meanwhile. */
@Entity('goals')
export class Goal {
  @PrimaryColumn({ name: 'enrolment_id', type: 'char', length: 36 })
  enrolmentId: string;

  @Column({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  @Column({ name: 'account_id', type: 'char', length: 36 })
  accountId: string;

  @Column({ name: 'quit_date', type: 'date', utc: true })
  quitDate: string;

  @Column({ name: 'target_cigarettes_per_day', type: 'smallint', unsigned: true })
  targetCigarettesPerDay: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
