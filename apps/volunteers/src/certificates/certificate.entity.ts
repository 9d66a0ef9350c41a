import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One service the certificate certifies, as it stood when the certificate was issued. */
export interface CertifiedService {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** The shift's title. */
  activity: string;
  /** The community or venue that recorded it. */
  organisation: string;
  hours: string;
}

/**
 * A registered certificate: a snapshot of what it certifies, so a later adjustment of hours never
 * changes a certificate already handed out (a new one is issued instead).
 */
@Entity('certificates')
export class Certificate {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  /** LK-YYYY-NNNNNN, unique. */
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ name: 'volunteer_id', type: 'char', length: 36 })
  volunteerId: string;

  @Column({ name: 'volunteer_name', type: 'varchar', length: 100 })
  volunteerName: string;

  /** The full student number; only its masked form ever leaves the service. */
  @Column({ name: 'student_number', type: 'varchar', length: 32 })
  studentNumber: string;

  /** 全国志愿者统一编号 as it stood when issued; printed instead of the student number when there is one. */
  @Column({ name: 'national_volunteer_number', type: 'varchar', length: 32, nullable: true })
  nationalVolunteerNumber: string | null;

  @Column({ name: 'total_hours', type: 'decimal', precision: 9, scale: 2 })
  totalHours: string;

  @Column({ type: 'json' })
  services: CertifiedService[];

  @Column({ name: 'issuer_organisation', type: 'varchar', length: 200 })
  issuerOrganisation: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'issued_at', type: 'datetime', precision: 3 })
  issuedAt: Date;

  @Column({ name: 'issued_by', type: 'char', length: 36 })
  issuedBy: string;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'char', length: 36, nullable: true })
  revokedBy: string | null;

  @Column({ name: 'revoke_reason', type: 'varchar', length: 500, nullable: true })
  revokeReason: string | null;
}
