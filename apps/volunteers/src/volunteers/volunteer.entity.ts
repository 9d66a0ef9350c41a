import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AvailabilitySlot } from './availability';
import type { PoliticalStatus } from './political-status';

@Entity('volunteers')
export class Volunteer {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index('uq_volunteers_student_number', { unique: true })
  @Column({ name: 'student_number', type: 'varchar', length: 32 })
  studentNumber: string;

  /** 全国志愿者统一编号, the public identifier the national system gives; unique when set. */
  @Index('uq_volunteers_national_number', { unique: true })
  @Column({ name: 'national_volunteer_number', type: 'varchar', length: 32, nullable: true })
  nationalVolunteerNumber: string | null;

  @Index('ix_volunteers_department')
  @Column({ type: 'varchar', length: 100, nullable: true })
  department: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  major: string | null;

  @Column({ name: 'class_name', type: 'varchar', length: 50, nullable: true })
  className: string | null;

  @Column({ type: 'varchar', length: 20 })
  mobile: string;

  @Column({ name: 'political_status', type: 'varchar', length: 40, nullable: true })
  politicalStatus: PoliticalStatus | null;

  @Column({ type: 'json' })
  skills: string[];

  @Column({ type: 'json' })
  availability: AvailabilitySlot[];

  @Column({ name: 'emergency_contact_name', type: 'varchar', length: 50, nullable: true })
  emergencyContactName: string | null;

  @Column({ name: 'emergency_contact_phone', type: 'varchar', length: 20, nullable: true })
  emergencyContactPhone: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
