import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One side of a buddy pair (a pair is two rows), so "who is my buddy" is one primary-key read. */
@Entity('buddies')
@Index('ix_buddies_programme', ['programmeId'])
export class Buddy {
  @PrimaryColumn({ name: 'enrolment_id', type: 'char', length: 36 })
  enrolmentId: string;

  @Column({ name: 'buddy_enrolment_id', type: 'char', length: 36 })
  buddyEnrolmentId: string;

  @Column({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  @Column({ name: 'paired_by', type: 'char', length: 36 })
  pairedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
