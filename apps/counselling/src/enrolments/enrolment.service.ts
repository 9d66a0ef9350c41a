import { AuditLog, type Principal } from '@linkage/auth';
import { newId, Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { IntakeService } from '../intake/intake.service';
import { ProgrammeDirectory } from '../programmes/programme-directory';
import { Consent } from './consent.entity';
import type { EnrolDto, ProgrammeConsentDto, WithdrawDto } from './enrolment.dto';
import { Enrolment } from './enrolment.entity';
import { EnrolmentError } from './enrolment.error';
import { EnrolmentRepository } from './enrolment.repository';
import { Memberships } from './memberships';

@Injectable()
export class EnrolmentService {
  constructor(
    private readonly enrolments: EnrolmentRepository,
    private readonly memberships: Memberships,
    private readonly intake: IntakeService,
    private readonly programmes: ProgrammeDirectory,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** Records consent to take part and to data processing, with the texts' versions and the time. */
  async recordConsent(
    principal: Principal,
    programmeId: string,
    applicationId: string,
    input: ProgrammeConsentDto,
  ): Promise<Consent> {
    return this.transactions.run(async (tx) => {
      const application = await this.intake.application(
        tx,
        principal,
        'consent.record',
        programmeId,
        applicationId,
      );
      const consent = await this.enrolments.insertConsent(
        tx,
        Object.assign(new Consent(), {
          id: newId(),
          programmeId,
          accountId: application.accountId,
          participationVersion: input.participationVersion,
          dataProcessingVersion: input.dataProcessingVersion,
          givenAt: new Date(),
          recordedBy: principal.accountId,
          withdrawnAt: null,
        }),
      );
      await this.audit.record(
        {
          action: 'consent.recorded',
          recordType: 'application',
          recordId: applicationId,
          outcome: 'allowed',
          details: { participation: input.participationVersion, dataProcessing: input.dataProcessingVersion },
        },
        tx,
      );
      return consent;
    });
  }

  /** Enrols an accepted applicant whose consent is recorded, within the programme's capacity. */
  async enrol(principal: Principal, programmeId: string, input: EnrolDto): Promise<Enrolment> {
    return this.transactions.run(async (tx) => {
      // The programme's row lock queues enrolments, so two cannot both take the last place.
      const programme = await this.programmes.lock(tx, principal, 'member.manage', programmeId);
      const application = await this.intake.application(
        tx,
        principal,
        'member.manage',
        programmeId,
        input.applicationId,
      );
      if (application.status === 'enrolled') {
        throw new EnrolmentError('ALREADY_ENROLLED', 'The applicant is already a member of this programme.');
      }
      if (application.status !== 'accepted') {
        throw new EnrolmentError(
          'APPLICATION_NOT_ACCEPTED',
          `Only an accepted application can be enrolled; this one is ${application.status}.`,
          { status: application.status },
        );
      }
      const consent = await this.enrolments.activeConsent(tx, programmeId, application.accountId);
      if (!consent) {
        throw new EnrolmentError(
          'CONSENT_REQUIRED',
          'Record the applicant’s consent to take part and to data processing before enrolling them.',
        );
      }
      const enrolled = await this.enrolments.countActive(tx, programmeId);
      if (enrolled >= programme.capacity) {
        throw new EnrolmentError(
          'PROGRAMME_FULL',
          `The programme is full (${enrolled} of ${programme.capacity}).`,
          {
            capacity: programme.capacity,
            enrolled,
          },
        );
      }
      if (await this.enrolments.ofMember(tx, programmeId, application.accountId)) {
        throw new EnrolmentError('ALREADY_ENROLLED', 'The applicant is already a member of this programme.');
      }
      const enrolment = await this.enrolments.insert(
        tx,
        Object.assign(new Enrolment(), {
          id: newId(),
          programmeId,
          accountId: application.accountId,
          volunteerId: application.volunteerId,
          displayName: application.displayName,
          applicationId: application.id,
          consentId: consent.id,
          status: 'active',
          enrolledAt: new Date(),
          withdrawnAt: null,
        }),
      );
      await this.intake.markApplication(tx, application.id, 'enrolled');
      await this.audit.record(
        { action: 'enrolment.created', recordType: 'enrolment', recordId: enrolment.id, outcome: 'allowed' },
        tx,
      );
      return enrolment;
    });
  }

  /**
   * The member leaves (their own act, or a counsellor's): the enrolment and the consent end now. What
   * was recorded while consent held stays for the programme's record; nothing new is recorded after.
   */
  async withdraw(
    principal: Principal,
    programmeId: string,
    enrolmentId: string,
    input: WithdrawDto,
  ): Promise<Enrolment> {
    return this.transactions.run(async (tx) => {
      const enrolment = await this.memberships.find(principal, 'consent.record', programmeId, enrolmentId, {
        active: true,
        tx,
      });
      const now = new Date();
      const withdrawn = await this.enrolments.withdraw(tx, enrolment.id, now);
      await this.enrolments.withdrawConsents(tx, programmeId, enrolment.accountId, now);
      await this.intake.markApplication(tx, enrolment.applicationId, 'withdrawn');
      await this.audit.record(
        {
          action: 'enrolment.withdrawn',
          recordType: 'enrolment',
          recordId: enrolment.id,
          outcome: 'allowed',
          details: input.reason ? { reason: input.reason } : undefined,
        },
        tx,
      );
      return withdrawn;
    });
  }

  async list(principal: Principal, programmeId: string): Promise<Enrolment[]> {
    await this.programmes.find(principal, 'programme.browse', programmeId);
    return this.memberships.list(principal, 'membership.read', programmeId);
  }
}
