import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One failed login, kept for the throttle window; counted per login name and per client address. */
@Entity('login_failures')
export class LoginFailure {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  /** SHA-256 of the normalised login (email or mobile), so a password typed there is not kept readable. */
  @Column({ name: 'login_hash', type: 'char', length: 64 })
  loginHash: string;

  @Column({ type: 'varchar', length: 45 })
  ip: string;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt: Date;
}
