import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { newId, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { CounsellingAccess } from '../access/counselling.access';
import type { CreateProgrammeDto, ListProgrammesQuery } from './programme.dto';
import { Programme } from './programme.entity';
import { ProgrammeError } from './programme.error';
import { ProgrammeRepository } from './programme.repository';

@Injectable()
export class ProgrammeService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly access: CounsellingAccess,
    private readonly audit: AuditLog,
  ) {}

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

  async get(principal: Principal, id: string): Promise<Programme> {
    const programme = await this.programmes.findById(
      await this.access.scope(principal, 'programme.read'),
      id,
    );
    if (programme) return programme;
    return notFoundOrDenied(
      this.audit,
      {
        action: 'programme.read',
        recordType: 'programme',
        recordId: id,
        existsOutsideScope: () => this.programmes.exists(id),
      },
      new ProgrammeError('PROGRAMME_NOT_FOUND', `No programme with id ${id}.`),
    );
  }

  async list(principal: Principal, query: ListProgrammesQuery): Promise<Page<Programme>> {
    return this.programmes.list(await this.access.scope(principal, 'programme.read'), query);
  }
}
