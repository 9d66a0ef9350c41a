import { AuditLog, type Principal } from '@linkage/auth';
import { newId, Transactions, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { CounsellingAccess } from '../access/counselling.access';
import { FacilitatorRepository, type FacilitatorInput } from './facilitator.repository';
import type { ProgrammeFacilitator } from './programme-facilitator.entity';
import { ProgrammeDirectory } from './programme-directory';
import type {
  CreateProgrammeDto,
  FacilitatorDto,
  ListProgrammesQuery,
  UpdateProgrammeDto,
} from './programme.dto';
import { Programme } from './programme.entity';
import { ProgrammeError } from './programme.error';
import { ProgrammeRepository } from './programme.repository';

export interface ProgrammeWithFacilitators {
  programme: Programme;
  facilitators: ProgrammeFacilitator[];
}

const toInput = (f: FacilitatorDto): FacilitatorInput => ({
  accountId: f.accountId,
  role: f.role,
  volunteerId: f.volunteerId ?? null,
  displayName: f.displayName,
});

/** One entry per account (the last given wins); a programme always keeps a counsellor. */
function facilitatorList(given: readonly FacilitatorInput[]): FacilitatorInput[] {
  const byAccount = new Map(given.map((f) => [f.accountId, f]));
  const list = [...byAccount.values()];
  if (!list.some((f) => f.role === 'counsellor')) {
    throw new ProgrammeError(
      'FACILITATOR_REQUIRED',
      'A programme needs at least one counsellor among its facilitators.',
    );
  }
  return list;
}

@Injectable()
export class ProgrammeService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly facilitators: FacilitatorRepository,
    private readonly directory: ProgrammeDirectory,
    private readonly access: CounsellingAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** Plans a programme; a counsellor who plans it facilitates it (or they could not see it afterwards). */
  async create(principal: Principal, input: CreateProgrammeDto): Promise<ProgrammeWithFacilitators> {
    const given = (input.facilitators ?? []).map(toInput);
    if (this.access.plansAsCounsellor(principal) && !given.some((f) => f.accountId === principal.accountId)) {
      given.unshift({
        accountId: principal.accountId,
        role: 'counsellor',
        volunteerId: null,
        displayName: principal.displayName,
      });
    }
    const facilitators = facilitatorList(given);
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
    return this.transactions.run(async (tx) => {
      const saved = await this.programmes.insert(tx, programme);
      await this.facilitators.replace(tx, saved.id, facilitators);
      await this.audit.record(
        { action: 'programme.created', recordType: 'programme', recordId: saved.id, outcome: 'allowed' },
        tx,
      );
      return { programme: saved, facilitators: await this.facilitators.of(saved.id, tx) };
    });
  }

  async update(
    principal: Principal,
    id: string,
    input: UpdateProgrammeDto,
  ): Promise<ProgrammeWithFacilitators> {
    return this.transactions.run(async (tx) => {
      await this.directory.lock(tx, principal, 'programme.manage', id);
      const programme = await this.programmes.update(tx, id, input);
      await this.audit.record(
        {
          action: 'programme.updated',
          recordType: 'programme',
          recordId: id,
          outcome: 'allowed',
          details: { fields: Object.keys(input) },
        },
        tx,
      );
      return { programme, facilitators: await this.facilitators.of(id, tx) };
    });
  }

  async setFacilitators(
    principal: Principal,
    id: string,
    given: readonly FacilitatorDto[],
  ): Promise<ProgrammeWithFacilitators> {
    const facilitators = facilitatorList(given.map(toInput));
    return this.transactions.run(async (tx) => {
      const programme = await this.directory.lock(tx, principal, 'programme.manage', id);
      await this.facilitators.replace(tx, id, facilitators);
      await this.audit.record(
        {
          action: 'programme.facilitators_set',
          recordType: 'programme',
          recordId: id,
          outcome: 'allowed',
          details: { accounts: facilitators.map((f) => `${f.role}:${f.accountId}`) },
        },
        tx,
      );
      return { programme, facilitators: await this.facilitators.of(id, tx) };
    });
  }

  async get(principal: Principal, id: string): Promise<ProgrammeWithFacilitators> {
    const programme = await this.directory.find(principal, 'programme.read', id);
    return { programme, facilitators: await this.facilitators.of(id) };
  }

  async list(principal: Principal, query: ListProgrammesQuery): Promise<Page<ProgrammeWithFacilitators>> {
    return this.withFacilitators(
      await this.programmes.list(await this.access.scope(principal, 'programme.read'), query),
    );
  }

  /** Programmes a student may apply to: open, with a published intake survey. */
  async listOpen(principal: Principal, query: ListProgrammesQuery): Promise<Page<ProgrammeWithFacilitators>> {
    return this.withFacilitators(
      await this.programmes.listOpen(await this.access.scope(principal, 'programme.browse'), query),
    );
  }

  private async withFacilitators(page: Page<Programme>): Promise<Page<ProgrammeWithFacilitators>> {
    const byProgramme = await this.facilitators.ofMany(page.items.map((p) => p.id));
    return {
      items: page.items.map((programme) => ({
        programme,
        facilitators: byProgramme.get(programme.id) ?? [],
      })),
      nextCursor: page.nextCursor,
    };
  }
}
