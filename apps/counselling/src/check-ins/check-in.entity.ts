import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const MOODS = ['very_bad', 'bad', 'neutral', 'good', 'very_good'] as const;
export type Mood = (typeof MOODS)[number];

/** A member's day: cigarettes smoked, craving 0–10, mood, and whether they lapsed. One per local day. */
@Entity('check_ins')
@Index('ux_check_ins_day', ['enrolmentId', 'localDate'], { unique: true })
export class CheckIn {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'enrolment_id', type: 'char', length: 36 })
  enrolmentId: string;

  @Column({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  @Column({ name: 'account_id', type: 'char', length: 36 })
  accountId: string;

  /** The day in the station's zone (Asia/Shanghai) the check-in is for. */
  @Column({ name: 'local_date', type: 'date', utc: true })
  localDate: string;

  @Column({ type: 'smallint', unsigned: true })
  cigarettes: number;

  @Column({ type: 'tinyint', unsigned: true })
  craving: number;

  @Column({ type: 'varchar', length: 20 })
  mood: Mood;

  @Column({ type: 'boolean' })
  lapse: boolean;

  /** The member's own words about the day: ciphertext (libs/crypto) bound to the check-in's id, or null. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'note_key_id', type: 'varchar', length: 32, nullable: true })
  noteKeyId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
