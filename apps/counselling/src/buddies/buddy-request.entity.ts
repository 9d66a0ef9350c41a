import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Member A asking member B to be buddies; B accepting (or asking A back) pairs them. */
@Entity('buddy_requests')
@Index('ux_buddy_requests_pair', ['fromEnrolmentId', 'toEnrolmentId'], { unique: true })
export class BuddyRequest {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  @Column({ name: 'from_enrolment_id', type: 'char', length: 36 })
  fromEnrolmentId: string;

  @Index('ix_buddy_requests_to')
  @Column({ name: 'to_enrolment_id', type: 'char', length: 36 })
  toEnrolmentId: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
