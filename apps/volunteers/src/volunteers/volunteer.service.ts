import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { newId, type Page, Transactions, type Tx } from '@linkage/database';
import { RequestValidationError } from '@linkage/errors';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import { normaliseAvailability } from './availability';
import { Certification } from './certification.entity';
import { Consent } from './consent.entity';
import type {
  CreateCertificationDto,
  CreateVolunteerDto,
  GiveConsentDto,
  ListVolunteersQuery,
  UpdateVolunteerDto,
} from './volunteer.dto';
import { Volunteer } from './volunteer.entity';
import { VolunteerError } from './volunteer.error';
import type { CertificationData, VolunteerData } from './volunteer-data';
import type { VolunteerProfile } from './volunteer-profile';
import { VolunteerRepository } from './volunteer.repository';

/** What can be done to a profile, as the access rules name it (volunteers.access.ts). */
export type VolunteerAction =
  'volunteer.read' | 'volunteer.update' | 'volunteer.certify' | 'volunteer.consent';

@Injectable()
export class VolunteerService {
  constructor(
    private readonly volunteers: VolunteerRepository,
    private readonly access: VolunteersAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Runs `work` in a transaction holding the volunteer's row lock (null when there is no such volunteer).
   * Everything that changes what a volunteer holds (seats, scans, hours, points, certificates) takes
   * this lock first, so two such changes of one volunteer run one after the other.
   */
  withLocked<T>(
    volunteerId: string,
    work: (tx: Tx, volunteer: VolunteerData | null) => Promise<T>,
  ): Promise<T> {
    return this.transactions.run(async (tx) =>
      work(tx, await this.volunteers.lockForUpdate(tx, volunteerId)),
    );
  }

  /** Takes the volunteer's row lock inside a transaction that already holds others (a shift's). */
  lockForUpdate(tx: Tx, volunteerId: string): Promise<VolunteerData | null> {
    return this.volunteers.lockForUpdate(tx, volunteerId);
  }

  /** Takes several volunteers' row locks, in the order of their ids (missing ids are left out). */
  lockAllForUpdate(tx: Tx, volunteerIds: readonly string[]): Promise<VolunteerData[]> {
    return this.volunteers.lockAllForUpdate(tx, volunteerIds);
  }

  /** The certifications of each of the volunteers. */
  certificationsOf(tx: Tx, volunteerIds: readonly string[]): Promise<CertificationData[]> {
    return this.volunteers.certificationsOf(tx, volunteerIds);
  }

  /** Names and contacts for lists shown to coordinators and leaders (rosters, team members). */
  summaries(ids: string[], tx?: Tx): Promise<VolunteerData[]> {
    return this.volunteers.summaries(ids, tx);
  }

  exists(volunteerId: string): Promise<boolean> {
    return this.volunteers.exists(volunteerId);
  }

  async create(input: CreateVolunteerDto): Promise<VolunteerProfile> {
    const volunteer = Object.assign(new Volunteer(), {
      id: newId(),
      name: input.name,
      studentNumber: input.studentNumber,
      department: input.department ?? null,
      major: input.major ?? null,
      className: input.className ?? null,
      mobile: input.mobile,
      politicalStatus: input.politicalStatus ?? null,
      skills: input.skills ?? [],
      availability: normaliseAvailability(input.availability ?? []),
      emergencyContactName: input.emergencyContact?.name ?? null,
      emergencyContactPhone: input.emergencyContact?.phone ?? null,
    });
    const saved = await this.volunteers.insert(volunteer);
    if (saved === 'duplicate') {
      throw new VolunteerError(
        'VOLUNTEER_STUDENT_NUMBER_TAKEN',
        `A volunteer with student number ${input.studentNumber} is already registered.`,
        { studentNumber: input.studentNumber },
      );
    }
    await this.audit.record({
      action: 'volunteer.created',
      recordType: 'volunteer',
      recordId: saved.id,
      outcome: 'allowed',
    });
    return this.volunteers.profile(saved);
  }

  async get(principal: Principal, id: string): Promise<VolunteerProfile> {
    return this.volunteers.profile(await this.find(principal, 'volunteer.read', id));
  }

  /** The caller's own profile (volunteers). */
  async own(principal: Principal): Promise<VolunteerProfile> {
    return this.get(principal, ownVolunteerId(principal));
  }

  /**
   * A volunteer the caller may act on, or the same 404 as a missing one. Other features (assignments)
   * use it to answer "not yours" exactly like "not there".
   */
  async find(principal: Principal, action: VolunteerAction, id: string): Promise<Volunteer> {
    const scope = await this.access.scope(principal, action);
    return (await this.volunteers.findById(scope, id)) ?? this.notFound(action, id);
  }

  async list(principal: Principal, query: ListVolunteersQuery): Promise<Page<VolunteerProfile>> {
    const page = await this.volunteers.list(await this.access.scope(principal, 'volunteer.read'), query);
    return { items: await this.volunteers.profiles(page.items), nextCursor: page.nextCursor };
  }

  async update(principal: Principal, id: string, input: UpdateVolunteerDto): Promise<VolunteerProfile> {
    const scope = await this.access.scope(principal, 'volunteer.update');
    const changes = toChanges(input);
    const updated = await this.volunteers.update(scope, id, changes);
    if (!updated) return this.notFound('volunteer.update', id);
    if (updated === 'duplicate') {
      throw new VolunteerError(
        'VOLUNTEER_NATIONAL_NUMBER_TAKEN',
        `Another volunteer already has the national volunteer number ${String(changes.nationalVolunteerNumber)}.`,
        { nationalVolunteerNumber: changes.nationalVolunteerNumber },
      );
    }
    await this.audit.record({
      action: 'volunteer.updated',
      recordType: 'volunteer',
      recordId: id,
      outcome: 'allowed',
      details: {
        fields: Object.keys(input).filter((k) => input[k as keyof UpdateVolunteerDto] !== undefined),
      },
    });
    return this.volunteers.profile(updated);
  }

  async addCertification(
    principal: Principal,
    volunteerId: string,
    input: CreateCertificationDto,
  ): Promise<Certification> {
    const scope = await this.access.scope(principal, 'volunteer.certify');
    const certification = Object.assign(new Certification(), {
      id: newId(),
      volunteerId,
      name: input.name,
      issuedOn: input.issuedOn,
      expiresOn: input.expiresOn ?? null,
    });
    const saved = await this.volunteers.addCertification(scope, certification);
    if (!saved) return this.notFound('volunteer.certify', volunteerId);
    await this.audit.record({
      action: 'volunteer.certification_added',
      recordType: 'volunteer',
      recordId: volunteerId,
      outcome: 'allowed',
      details: { certificationId: saved.id, name: saved.name, expiresOn: saved.expiresOn },
    });
    return saved;
  }

  async removeCertification(principal: Principal, volunteerId: string, id: string): Promise<void> {
    const scope = await this.access.scope(principal, 'volunteer.certify');
    const removed = await this.volunteers.removeCertification(scope, volunteerId, id);
    if (removed === 'no_volunteer') return this.notFound('volunteer.certify', volunteerId);
    if (removed === 'no_certification')
      throw new VolunteerError('CERTIFICATION_NOT_FOUND', `No certification with id ${id} on this profile.`);
    await this.audit.record({
      action: 'volunteer.certification_removed',
      recordType: 'volunteer',
      recordId: volunteerId,
      outcome: 'allowed',
      details: { certificationId: id },
    });
  }

  async giveConsent(principal: Principal, volunteerId: string, input: GiveConsentDto): Promise<Consent> {
    const scope = await this.access.scope(principal, 'volunteer.consent');
    const consent = Object.assign(new Consent(), {
      id: newId(),
      volunteerId,
      policyVersion: input.policyVersion,
      givenAt: new Date(),
      recordedBy: principal.accountId,
      bySelf: principal.volunteerId === volunteerId,
    });
    const saved = await this.volunteers.addConsent(scope, consent);
    if (!saved) return this.notFound('volunteer.consent', volunteerId);
    await this.audit.record({
      action: 'volunteer.consent_given',
      recordType: 'volunteer',
      recordId: volunteerId,
      outcome: 'allowed',
      details: { policyVersion: saved.policyVersion, bySelf: saved.bySelf },
    });
    return saved;
  }

  /** Not there and not yours answer alike; a real record out of scope is recorded as a denied attempt. */
  private notFound(action: VolunteerAction, id: string): Promise<never> {
    return notFoundOrDenied(
      this.audit,
      { action, recordType: 'volunteer', recordId: id, existsOutsideScope: () => this.volunteers.exists(id) },
      new VolunteerError('VOLUNTEER_NOT_FOUND', `No volunteer with id ${id}.`),
    );
  }
}

/** The caller's own volunteer id; an account without a profile has nothing of its own to show. */
export function ownVolunteerId(principal: Principal): string {
  if (!principal.volunteerId)
    throw new VolunteerError('VOLUNTEER_NOT_FOUND', 'This account has no volunteer profile.');
  return principal.volunteerId;
}

function toChanges(input: UpdateVolunteerDto): Partial<Volunteer> {
  // @IsOptional lets null through; null clears an optional field but cannot clear a required one.
  if ((input.mobile as string | null | undefined) === null)
    throw new RequestValidationError([{ field: 'mobile', messages: ['mobile must not be null'] }]);
  const { emergencyContact, availability, skills, ...plain } = input;
  const changes = Object.fromEntries(
    Object.entries(plain).filter(([, v]) => v !== undefined),
  ) as Partial<Volunteer>;
  if (skills !== undefined) changes.skills = skills ?? [];
  if (availability !== undefined) changes.availability = normaliseAvailability(availability ?? []);
  if (emergencyContact !== undefined) {
    changes.emergencyContactName = emergencyContact?.name ?? null;
    changes.emergencyContactPhone = emergencyContact?.phone ?? null;
  }
  return changes;
}
