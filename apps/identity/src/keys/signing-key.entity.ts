import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A signing key identity generated itself because JWT_SIGNING_KEYS was not given (development and
 * `docker compose`). `slot` is unique, so replicas starting together keep exactly one.
 */
@Entity('signing_keys')
export class SigningKey {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  slot: string;

  @Column({ type: 'varchar', length: 100 })
  kid: string;

  /** The private JWK as JSON. */
  @Column({ name: 'private_jwk', type: 'text' })
  privateJwk: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
