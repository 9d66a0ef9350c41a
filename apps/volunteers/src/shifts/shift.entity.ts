import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  type ValueTransformer,
} from 'typeorm';
import type { ShiftSourceType, ShiftStatus, SignupMode, WaitlistPromotion } from './shift-status';

/** mysql2 returns DECIMAL as a string (exactly); coordinates are fine as numbers. */
const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('shifts')
export class Shift {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The community or venue, e.g. 芝罘区幸福街道南山社区服务中心. */
  @Column({ type: 'varchar', length: 200 })
  venue: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'decimal', precision: 9, scale: 6, nullable: true, transformer: decimal })
  latitude: number | null;

  @Column({ type: 'decimal', precision: 9, scale: 6, nullable: true, transformer: decimal })
  longitude: number | null;

  @Column({ name: 'starts_at', type: 'datetime', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'datetime', precision: 3 })
  endsAt: Date;

  /** The local dates (Asia/Shanghai) the shift covers, YYYY-MM-DD; derived from startsAt/endsAt. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'int', unsigned: true })
  capacity: number;

  /** Confirmed sign-ups plus outstanding waitlist offers; changed only under the row lock. */
  @Column({ name: 'seats_taken', type: 'int', unsigned: true })
  seatsTaken: number;

  /** The last waitlist ticket handed out for this shift. */
  @Column({ name: 'waitlist_counter', type: 'int', unsigned: true })
  waitlistCounter: number;

  @Column({ name: 'required_skills', type: 'json' })
  requiredSkills: string[];

  @Column({ name: 'required_certifications', type: 'json' })
  requiredCertifications: string[];

  /** Only members of this team may sign up; null: anyone. */
  @Column({ name: 'team_id', type: 'char', length: 36, nullable: true })
  teamId: string | null;

  @Column({ name: 'opens_at', type: 'datetime', precision: 3, nullable: true })
  opensAt: Date | null;

  @Column({ name: 'closes_at', type: 'datetime', precision: 3, nullable: true })
  closesAt: Date | null;

  @Column({ name: 'signup_mode', type: 'varchar', length: 10 })
  signupMode: SignupMode;

  @Column({ name: 'waitlist_promotion', type: 'varchar', length: 10 })
  waitlistPromotion: WaitlistPromotion;

  /** How long a waitlisted volunteer has to claim an offered seat (promotion 'offer'). */
  @Column({ name: 'offer_claim_minutes', type: 'int', unsigned: true })
  offerClaimMinutes: number;

  /** A volunteer may cancel a confirmed seat until this many hours before the start. */
  @Column({ name: 'cancellation_cutoff_hours', type: 'int', unsigned: true })
  cancellationCutoffHours: number;

  @Column({ type: 'varchar', length: 12 })
  status: ShiftStatus;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @Column({ name: 'source_type', type: 'varchar', length: 30 })
  sourceType: ShiftSourceType;

  @Column({ name: 'source_id', type: 'varchar', length: 64, nullable: true })
  sourceId: string | null;

  /** Which part of the source this shift stands for (a partner event's `<role>@<occurrence>`); null if made here. */
  @Column({ name: 'source_ref', type: 'varchar', length: 64, nullable: true })
  sourceRef: string | null;

  /** The account that created it; null when it came from an event. */
  @Column({ name: 'created_by', type: 'char', length: 36, nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
