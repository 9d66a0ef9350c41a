import { AuditLog, scopeAllows, type Principal, type RecordScope } from '@linkage/auth';
import { newId, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteerAccess, type VolunteerAction } from './volunteer.access';
import type { CreateVolunteerDto, ListVolunteersQuery, UpdateVolunteerDto } from './volunteer.dto';
import { Volunteer } from './volunteer.entity';
import { VolunteerError } from './volunteer.error';
import { VolunteerRepository } from './volunteer.repository';

@Injectable()
export class VolunteerService {
  constructor(
    private readonly volunteers: VolunteerRepository,
    private readonly access: VolunteerAccess,
    private readonly audit: AuditLog,
  ) {}

  async create(input: CreateVolunteerDto): Promise<Volunteer> {
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
    return saved;
  }

  async get(principal: Principal, id: string): Promise<Volunteer> {
    const scope = this.access.scope(principal, 'read');
    return (await this.volunteers.findById(scope, id)) ?? this.notFound(scope, 'read', id);
  }

  /** The caller's own profile (volunteers). */
  async own(principal: Principal): Promise<Volunteer> {
    if (!principal.volunteerId)
      throw new VolunteerError('VOLUNTEER_NOT_FOUND', 'This account has no volunteer profile.');
    return this.get(principal, principal.volunteerId);
  }

  list(principal: Principal, query: ListVolunteersQuery): Promise<Page<Volunteer>> {
    return this.volunteers.list(this.access.scope(principal, 'read'), query);
  }

  async update(principal: Principal, id: string, input: UpdateVolunteerDto): Promise<Volunteer> {
    const scope = this.access.scope(principal, 'update');
    const changes = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== undefined),
    ) as Partial<Volunteer>;
    const updated = await this.volunteers.update(scope, id, changes);
    if (!updated) return this.notFound(scope, 'update', id);
    await this.audit.record({
      action: 'volunteer.updated',
      recordType: 'volunteer',
      recordId: id,
      outcome: 'allowed',
      details: { fields: Object.keys(changes) },
    });
    return updated;
  }

  /** Not there and not yours answer alike; a real record out of scope is recorded as a denied attempt. */
  private async notFound(scope: RecordScope, action: VolunteerAction, id: string): Promise<never> {
    if (!scopeAllows(scope, id) && (await this.volunteers.exists(id))) {
      await this.audit.record({
        action: `volunteer.${action}`,
        recordType: 'volunteer',
        recordId: id,
        outcome: 'denied',
      });
    }
    throw new VolunteerError('VOLUNTEER_NOT_FOUND', `No volunteer with id ${id}.`);
  }
}
