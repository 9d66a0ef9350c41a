import { applyScope, type RecordScope } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Tx } from '@linkage/database';
import { nextYearlyValue } from '../database/yearly-sequence';
import { Certificate } from './certificate.entity';

/** A certificate is scoped by its volunteer. */
const COLUMNS = { owner: 'c.volunteer_id' };

/** The certificate register and its per-year counter. */
@Injectable()
export class CertificateRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The next number of the year, under the counter row's lock until the caller's transaction ends: a
   * rolled-back issue leaves no gap and two issues never share a number.
   */
  nextSequence(tx: Tx, year: number): Promise<number> {
    return nextYearlyValue(tx, 'certificate_sequences', year);
  }

  async insert(tx: Tx, certificate: Certificate): Promise<Certificate> {
    await tx.getRepository(Certificate).insert(certificate);
    return tx.getRepository(Certificate).findOneByOrFail({ id: certificate.id });
  }

  /** The certificate within the scope (owner: its volunteer). */
  findByNumber(scope: RecordScope, number: string): Promise<Certificate | null> {
    return applyScope(this.db.getRepository(Certificate).createQueryBuilder('c'), scope, COLUMNS)
      .andWhere('c.number = :number', { number })
      .getOne();
  }

  /** Public verification: anyone with the number sees what the certificate itself shows, so no scope. */
  findForVerification(number: string): Promise<Certificate | null> {
    return this.db.getRepository(Certificate).findOneBy({ number });
  }

  /** The id of the certificate with this number, whoever's it is: for the audit of a denied attempt. */
  async idOfNumber(number: string): Promise<string | null> {
    return (
      (await this.db.getRepository(Certificate).findOne({ select: { id: true }, where: { number } }))?.id ??
      null
    );
  }

  lockByNumber(tx: Tx, scope: RecordScope, number: string): Promise<Certificate | null> {
    return applyScope(tx.getRepository(Certificate).createQueryBuilder('c'), scope, COLUMNS)
      .setLock('pessimistic_write')
      .andWhere('c.number = :number', { number })
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
