import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** pending: waiting for a reviewer; confirmed: became verified hours; rejected: with the reviewer's reason. */
export const DECLARATION_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

/**
 * Hours a volunteer declares themself (志愿云's "individual declaration after the event"): the activity,
 * date, place, content, hours and a contact who can confirm. It counts for nothing until confirmed; then
 * it is an hours record verified by whoever confirmed it (谁记录谁证明), which is what counts.
 */
@Entity('hours_declarations')
export class HoursDeclaration {
  @PrimaryColumn({ type: 'char', length: 36 }) id: string;
  @Column({ name: 'volunteer_id', type: 'char', length: 36 }) volunteerId: string;
  /** The Linkage shift it was served at, when declared after a shift (its leader may review it). */
  @Column({ name: 'shift_id', type: 'char', length: 36, nullable: true }) shiftId: string | null;
  /** The shift's team: its leaders review the declaration. */
  @Column({ name: 'team_id', type: 'char', length: 36, nullable: true }) teamId: string | null;
  /** The partner organisation named to confirm it (through its inbox). */
  @Column({ name: 'partner_organisation_id', type: 'char', length: 36, nullable: true })
  partnerOrganisationId: string | null;
  @Column({ name: 'partner_organisation_name', type: 'varchar', length: 200, nullable: true })
  partnerOrganisationName: string | null;
  @Column({ type: 'varchar', length: 200 }) activity: string;
  @Column({ name: 'service_date', type: 'date' }) serviceDate: string;
  @Column({ type: 'varchar', length: 200 }) place: string;
  @Column({ type: 'varchar', length: 1000 }) content: string;
  /** As declared ("2.00"), in half hours. */
  @Column({ type: 'decimal', precision: 4, scale: 2 }) hours: string;
  @Column({ name: 'contact_name', type: 'varchar', length: 100 }) contactName: string;
  @Column({ name: 'contact_phone', type: 'varchar', length: 30 }) contactPhone: string;
  @Column({ type: 'varchar', length: 10 }) status: DeclarationStatus;
  @Column({ name: 'reject_reason', type: 'varchar', length: 500, nullable: true }) rejectReason:
    string | null;
  @Column({ name: 'reviewed_by', type: 'char', length: 36, nullable: true }) reviewedBy: string | null;
  @Column({ name: 'reviewer_role', type: 'varchar', length: 20, nullable: true }) reviewerRole: string | null;
  @Column({ name: 'reviewed_at', type: 'datetime', precision: 3, nullable: true }) reviewedAt: Date | null;
  /** The verified hours record a confirmation made. */
  @Column({ name: 'hours_record_id', type: 'char', length: 36, nullable: true }) hoursRecordId: string | null;
  @Column({ name: 'declared_by', type: 'char', length: 36 }) declaredBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt: Date;
}
