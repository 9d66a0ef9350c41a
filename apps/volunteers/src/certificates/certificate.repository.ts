import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Tx } from '@linkage/database';
import { Certificate } from './certificate.entity';

/** The certificate register and its per-year counter. */
@Injectable()
export class CertificateRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The next number of the year, under the counter row's lock until the caller's transaction ends: a
   * rolled-back issue leaves no gap and two issues never share a number.
   */
  async nextSequence(tx: Tx, year: number): Promise<number> {
    await tx.query('INSERT IGNORE INTO certificate_sequences (year, last_value) VALUES (?, 0)', [year]);
    const [row] = await tx.query<{ last_value: number }[]>(
      'SELECT last_value FROM certificate_sequences WHERE year = ? FOR UPDATE',
      [year],
    );
    const next = Number(row.last_value) + 1;
    await tx.query('UPDATE certificate_sequences SET last_value = ? WHERE year = ?', [next, year]);
    return next;
  }

  async insert(tx: Tx, certificate: Certificate): Promise<Certificate> {
    await tx.getRepository(Certificate).insert(certificate);
    return tx.getRepository(Certificate).findOneByOrFail({ id: certificate.id });
  }

  findByNumber(number: string, tx: Tx = this.db.manager): Promise<Certificate | null> {
    return tx.getRepository(Certificate).findOneBy({ number });
  }

  lockByNumber(tx: Tx, number: string): Promise<Certificate | null> {
    return tx
      .getRepository(Certificate)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.number = :number', { number })
      .getOne();
  }

  /** A volunteer's certificates, newest first. */
  ofVolunteer(volunteerId: string): Promise<Certificate[]> {
    return this.db
      .getRepository(Certificate)
      .find({ where: { volunteerId }, order: { issuedAt: 'DESC', number: 'DESC' }, take: 200 });
  }

  async revoke(
    tx: Tx,
    id: string,
    revocation: { revokedAt: Date; revokedBy: string; revokeReason: string },
  ): Promise<Certificate> {
    await tx.getRepository(Certificate).update({ id }, revocation);
    return tx.getRepository(Certificate).findOneByOrFail({ id });
  }
}
