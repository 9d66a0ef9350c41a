import type { Role } from '@linkage/auth';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  type ValueTransformer,
} from 'typeorm';

/** Roles are few and fixed, so they are kept as a comma-separated list ("admin,coordinator"). */
const roleList: ValueTransformer = {
  to: (roles: Role[] | undefined) => (roles === undefined ? undefined : roles.join(',')),
  from: (value: string | null) => (value ? (value.split(',') as Role[]) : []),
};

@Entity('accounts')
export class Account {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  /** Lower-cased; unique when present. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** A mainland mobile number (11 digits); unique when present. */
  @Column({ type: 'varchar', length: 11, nullable: true })
  mobile: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 100, transformer: roleList })
  roles: Role[];

  @Column({ name: 'organisation_id', type: 'char', length: 36, nullable: true })
  organisationId: string | null;

  @Column({ name: 'volunteer_id', type: 'char', length: 36, nullable: true })
  volunteerId: string | null;

  @Column({ type: 'boolean' })
  active: boolean;

  /** Argon2id, in the PHC string format (it names its own parameters). Never leaves this service. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'last_login_at', type: 'datetime', precision: 3, nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
