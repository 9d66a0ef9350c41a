import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ProgrammeKind } from './programme-kind';
import type { ProgrammeStatus } from './programme-status';

@Entity('programmes')
@Check('ck_programmes_dates', 'ends_on >= starts_on')
export class Programme {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index('ix_programmes_kind')
  @Column({ type: 'varchar', length: 40 })
  kind: ProgrammeKind;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Column({ type: 'smallint', unsigned: true })
  capacity: number;

  // utc: read the DATE back by its UTC fields; the driver hands it over as UTC midnight (timezone 'Z'), and
  // the process's local zone would otherwise shift it a day west of Greenwich.
  @Column({ name: 'starts_on', type: 'date', utc: true })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', utc: true })
  endsOn: string;

  @Column({ type: 'boolean' })
  confidential: boolean;

  @Index('ix_programmes_status')
  @Column({ type: 'varchar', length: 20 })
  status: ProgrammeStatus;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
