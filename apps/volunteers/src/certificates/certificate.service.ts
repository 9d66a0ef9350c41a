import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { newId, Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { HoursRepository } from '../hours/hours.repository';
import { sumHours } from '../hours/hours-rules';
import { localDateOf } from '../time/local-date';
import { VolunteersConfig } from '../volunteers.config';
import { VolunteerRepository } from '../volunteers/volunteer.repository';
import { formatCertificateNumber, isCertificateNumber } from './certificate-number';
import { renderCertificatePdf } from './certificate-pdf';
import type { Certificate } from './certificate.entity';
import { CertificateError } from './certificate.error';
import { CertificateRepository } from './certificate.repository';

/**
 * Service-record certificates: issued (numbered and registered) from the verified hours as they stand,
 * rendered from that snapshot, revocable, and verifiable by anyone who has the number.
 */
@Injectable()
export class CertificateService {
  constructor(
    private readonly certificates: CertificateRepository,
    private readonly hours: HoursRepository,
    private readonly volunteers: VolunteerRepository,
    private readonly access: VolunteersAccess,
    private readonly transactions: Transactions,
    private readonly audit: AuditLog,
    private readonly config: VolunteersConfig,
  ) {}

  /** Coordinators for anyone; a volunteer for themself. 422 NO_VERIFIED_HOURS when there is nothing to certify. */
  async issue(principal: Principal, volunteerId: string, now = new Date()): Promise<Certificate> {
    if (!(await this.access.can(principal, 'record.request_certificate', { ownerId: volunteerId }))) {
      throw volunteerNotFound(volunteerId);
    }
    const certificate = await this.transactions.run(async (tx) => {
      // The volunteer's lock is the one hours changes take, so the snapshot is of settled hours.
      const volunteer = await this.volunteers.lockForUpdate(tx, volunteerId);
      if (!volunteer) throw volunteerNotFound(volunteerId);
      const services = await this.hours.verifiedServices(tx, volunteerId);
      if (services.length === 0) {
        throw new CertificateError(
          'NO_VERIFIED_HOURS',
          'This volunteer has no verified hours yet: a certificate certifies verified service only.',
        );
      }
      const issuedOn = localDateOf(now);
      const sequence = await this.certificates.nextSequence(tx, Number(issuedOn.slice(0, 4)));
      const saved = await this.certificates.insert(tx, {
        id: newId(),
        number: formatCertificateNumber(Number(issuedOn.slice(0, 4)), sequence),
        volunteerId,
        volunteerName: volunteer.name,
        studentNumber: volunteer.studentNumber,
        totalHours: sumHours(services.map((s) => s.hours)),
        services: services.map((s) => ({
          date: s.date,
          activity: s.activity,
          organisation: s.venue,
          hours: s.hours,
        })),
        issuerOrganisation: this.config.CERTIFICATE_ISSUER,
        issuedOn,
        issuedAt: now,
        issuedBy: principal.accountId,
        revokedAt: null,
        revokedBy: null,
        revokeReason: null,
      });
      await this.audit.record(
        {
          action: 'certificate.issued',
          recordType: 'certificate',
          recordId: saved.id,
          outcome: 'allowed',
          details: { number: saved.number, volunteerId, totalHours: saved.totalHours },
        },
        tx,
      );
      return saved;
    });
    return certificate;
  }

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

function volunteerNotFound(id: string): CertificateError {
  return new CertificateError('CERTIFICATE_VOLUNTEER_NOT_FOUND', `No volunteer with id ${id}.`);
}
