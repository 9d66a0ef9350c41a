import { newId, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { CreateProgrammeDto, ListProgrammesQuery } from './programme.dto';
import { Programme } from './programme.entity';
import { ProgrammeError } from './programme.error';
import { ProgrammeRepository } from './programme.repository';

@Injectable()
export class ProgrammeService {
  constructor(private readonly programmes: ProgrammeRepository) {}

  create(input: CreateProgrammeDto): Promise<Programme> {
    const programme = Object.assign(new Programme(), {
      id: newId(),
      title: input.title,
      kind: input.kind,
      description: input.description ?? null,
      capacity: input.capacity,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      // Group work is confidential unless a counsellor decides otherwise.
      confidential: input.confidential ?? true,
      status: input.status ?? 'draft',
    });
    return this.programmes.insert(programme);
  }

  async get(id: string): Promise<Programme> {
    const programme = await this.programmes.findById(id);
    if (!programme) throw new ProgrammeError('PROGRAMME_NOT_FOUND', `No programme with id ${id}.`);
    return programme;
  }

  list(query: ListProgrammesQuery): Promise<Page<Programme>> {
    return this.programmes.list(query);
  }
}
