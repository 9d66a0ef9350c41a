import { AuditLog, type Principal } from '@linkage/auth';
import { newId } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { HoursService } from '../hours/hours.service';
import { sumHours } from '../hours/hours-rules';
import { localDateOf } from '../time/local-date';
import { VolunteersConfig } from '../volunteers.config';
import { VolunteerService } from '../volunteers/volunteer.service';
import { formatCertificateNumber } from './certificate-number';
import type { Certificate } from './certificate.entity';
import { CertificateError, volunteerNotFound } from './certificate.error';
import { CertificateRepository } from './certificate.repository';

/**
 * Issues service-record certificates: numbered and registered, with a snapshot of the volunteer's
 * verified hours as they stand (read through the hours feature's service, under the volunteer's lock).
 */
@Injectable()
export class CertificateIssuing {
  constructor(
    private readonly certificates: CertificateRepository,
    private readonly hours: HoursService,
    private readonly volunteers: VolunteerService,
    private readonly access: VolunteersAccess,
    private readonly audit: AuditLog,
    private readonly config: VolunteersConfig,
  ) {}

  /** Coordinators for anyone; a volunteer for themself. 422 NO_VERIFIED_HOURS when there is nothing to certify. */
  async issue(principal: Principal, volunteerId: string, now = new Date()): Promise<Certificate> {
    if (!(await this.access.can(principal, 'record.request_certificate', { ownerId: volunteerId }))) {
      throw volunteerNotFound(volunteerId);
    }
    // The volunteer's lock is the one hours changes take, so the snapshot is of settled hours.
    const certificate = await this.volunteers.withLocked(volunteerId, async (tx, volunteer) => {
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
        nationalVolunteerNumber: volunteer.nationalVolunteerNumber,
        totalHours: sumHours(services.map((s) => s.hours)),
        services: services.map((s) => ({
          date: s.date,
          activity: s.activity,
          // Hours a partner certified name that organisation ("whoever records, certifies"); others the venue.
          organisation: s.organisation ?? s.venue,
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
}
