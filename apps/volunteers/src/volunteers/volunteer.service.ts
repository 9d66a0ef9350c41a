import { newId, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { CreateVolunteerDto, ListVolunteersQuery } from './volunteer.dto';
import { Volunteer } from './volunteer.entity';
import { VolunteerError } from './volunteer.error';
import { VolunteerRepository } from './volunteer.repository';

@Injectable()
export class VolunteerService {
  constructor(private readonly volunteers: VolunteerRepository) {}

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
    return saved;
  }

  async get(id: string): Promise<Volunteer> {
    const volunteer = await this.volunteers.findById(id);
    if (!volunteer) throw new VolunteerError('VOLUNTEER_NOT_FOUND', `No volunteer with id ${id}.`);
    return volunteer;
  }

  list(query: ListVolunteersQuery): Promise<Page<Volunteer>> {
    return this.volunteers.list(query);
  }
}
