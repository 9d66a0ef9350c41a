import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const ATTENDANCE_STATUSES = ['present', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Whether a member came to a session; an absence may say why. */
@Entity('attendance')
@Index('ix_attendance_enrolment', ['enrolmentId'])
export class Attendance {
  @PrimaryColumn({ name: 'session_id', type: 'char', length: 36 })
  sessionId: string;

  @PrimaryColumn({ name: 'enrolment_id', type: 'char', length: 36 })
  enrolmentId: string;

  @Column({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  /** The member's account: the owner the access rules check. */
  @Column({ name: 'account_id', type: 'char', length: 36 })
  accountId: string;

  @Column({ type: 'varchar', length: 20 })
  status: AttendanceStatus;

  @Column({ name: 'absence_reason', type: 'varchar', length: 500, nullable: true })
  absenceReason: string | null;

  @Column({ name: 'recorded_by', type: 'char', length: 36 })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt: Date;
}
