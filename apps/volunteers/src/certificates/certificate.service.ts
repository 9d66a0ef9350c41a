import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { localDateOf } from '../time/local-date';
import { VolunteersConfig } from '../volunteers.config';
import { VolunteerService } from '../volunteers/volunteer.service';
import { isCertificateNumber } from './certificate-number';
import { renderCertificatePdf } from './certificate-pdf';
import type { Certificate } from './certificate.entity';
import { CertificateError, volunteerNotFound } from './certificate.error';
import { CertificateRepository } from './certificate.repository';

/**
 * Service-record certificates once issued (CertificateIssuing): listed, rendered from their snapshot,
 * revocable, and verifiable by anyone who has the number.
 */
@Injectable()
export class CertificateService {
  constructor(
    private readonly certificates: CertificateRepository,
    private readonly volunteers: VolunteerService,
    private readonly access: VolunteersAccess,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly config: VolunteersConfig,
  ) {}

  async list(principal: Principal, volunteerId: string): Promise<Certificate[]> {
    if (!(await this.access.can(principal, 'record.read', { ownerId: volunteerId })))
      throw volunteerNotFound(volunteerId);
    if (!(await this.volunteers.exists(volunteerId))) throw volunteerNotFound(volunteerId);
    return this.certificates.ofVolunteer(volunteerId);
  }

  /** The PDF, for its volunteer or a coordinator; anyone else gets the same 404 as for no certificate. */
  async pdf(principal: Principal, number: string): Promise<{ certificate: Certificate; pdf: Buffer }> {
    const certificate = await this.readable(principal, number, 'certificate.download');
    const pdf = await renderCertificatePdf({
      certificateNumber: certificate.number,
      volunteer: {
        name: certificate.volunteerName,
        identifierType: 'student_number',
        identifier: certificate.studentNumber,
        volunteerNumber: certificate.nationalVolunteerNumber ?? undefined,
      },
      totalVerifiedHours: certificate.totalHours,
      services: certificate.services,
      issuer: { organisation: certificate.issuerOrganisation },
      issuedOn: certificate.issuedOn,
      verificationUrl: this.verificationUrl(certificate.number),
      revocation: certificate.revokedAt
        ? { revokedOn: localDateOf(certificate.revokedAt), reason: certificate.revokeReason ?? undefined }
        : null,
      generatedAt: certificate.issuedAt,
    });
    await this.audit.record({
      action: 'certificate.downloaded',
      recordType: 'certificate',
      recordId: certificate.id,
      outcome: 'allowed',
      details: { number: certificate.number, volunteerId: certificate.volunteerId },
    });
    return { certificate, pdf };
  }

  /** Coordinators; revoking again keeps the first revocation. */
  async revoke(principal: Principal, number: string, reason: string): Promise<Certificate> {
    if (!isCertificateNumber(number)) throw certificateNotFound(number);
    const scope = await this.access.scope(principal, 'record.administer');
    return this.transactions.run(async (tx) => {
      const certificate = await this.certificates.lockByNumber(tx, scope, number);
      if (!certificate) throw certificateNotFound(number);
      if (certificate.revokedAt) return certificate;
      const saved = await this.certificates.revoke(tx, certificate.id, {
        revokedAt: new Date(),
        revokedBy: principal.accountId,
        revokeReason: reason,
      });
      await this.audit.record(
        {
          action: 'certificate.revoked',
          recordType: 'certificate',
          recordId: certificate.id,
          outcome: 'allowed',
          details: { number, volunteerId: certificate.volunteerId, reason },
        },
        tx,
      );
      return saved;
    });
  }

  /** Public: what the certificate itself shows, nothing more. */
  async verify(number: string): Promise<Certificate> {
    const certificate = isCertificateNumber(number)
      ? await this.certificates.findForVerification(number)
      : null;
    if (!certificate) throw certificateNotFound(number);
    return certificate;
  }

  verificationUrl(number: string): string {
    return `${this.config.PUBLIC_BASE_URL.replace(/\/+$/, '')}/api/certificates/${number}/verify`;
  }

  /** The certificate for its volunteer or a coordinator; anyone else's attempt is audited and gets the 404. */
  private async readable(principal: Principal, number: string, action: string): Promise<Certificate> {
    if (!isCertificateNumber(number)) throw certificateNotFound(number);
    const scope = await this.access.scope(principal, 'record.read');
    const certificate = await this.certificates.findByNumber(scope, number);
    if (certificate) return certificate;
    const id = await this.certificates.idOfNumber(number);
    return notFoundOrDenied(
      this.audit,
      { action, recordType: 'certificate', recordId: id ?? number, existsOutsideScope: id !== null },
      certificateNotFound(number),
    );
  }
}

function certificateNotFound(number: string): CertificateError {
  return new CertificateError('CERTIFICATE_NOT_FOUND', `No certificate numbered ${number}.`);
}
