import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A hand-over to the national system: a numbered batch of records, each in exactly one batch. */
@Entity('handover_batches')
export class HandoverBatch {
  @PrimaryColumn({ type: 'char', length: 36 }) id: string;
  /** HO-YYYY-NNNN, unique. */
  @Column({ type: 'varchar', length: 20 }) number: string;
  @Column({ name: 'period_from', type: 'date' }) periodFrom: string;
  @Column({ name: 'period_to', type: 'date' }) periodTo: string;
  @Column({ name: 'record_count', type: 'int', unsigned: true }) recordCount: number;
  @Column({ name: 'total_hours', type: 'decimal', precision: 11, scale: 2 }) totalHours: string;
  @Column({ name: 'created_by', type: 'char', length: 36 }) createdBy: string;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt: Date;
}
