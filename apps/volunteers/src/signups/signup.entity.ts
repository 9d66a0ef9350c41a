import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SignupStatus } from './signup-status';

/** One volunteer on one shift; the row is reused when they sign up again after cancelling. */
@Entity('shift_signups')
export class Signup {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'shift_id', type: 'char', length: 36 })
  shiftId: string;

  @Column({ name: 'volunteer_id', type: 'char', length: 36 })
  volunteerId: string;

  @Column({ type: 'varchar', length: 12 })
  status: SignupStatus;

  /** The place in line taken when joining the waitlist (unique per shift, never reused). */
  @Column({ name: 'waitlist_ticket', type: 'int', unsigned: true, nullable: true })
  waitlistTicket: number | null;

  @Column({ name: 'offer_expires_at', type: 'datetime', precision: 3, nullable: true })
  offerExpiresAt: Date | null;

  /** The coordinator's account when they signed the volunteer up; null when the volunteer did. */
  @Column({ name: 'assigned_by', type: 'char', length: 36, nullable: true })
  assignedBy: string | null;

  /** Why a coordinator let it overlap another confirmed shift. */
  @Column({ name: 'override_reason', type: 'varchar', length: 500, nullable: true })
  overrideReason: string | null;

  /** Who approved or rejected it (approval mode). */
  @Column({ name: 'decided_by', type: 'char', length: 36, nullable: true })
  decidedBy: string | null;

  @Column({ name: 'confirmed_at', type: 'datetime', precision: 3, nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'datetime', precision: 3, nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancelled_by', type: 'char', length: 36, nullable: true })
  cancelledBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
