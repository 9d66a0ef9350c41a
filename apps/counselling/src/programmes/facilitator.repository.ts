import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { ProgrammeFacilitator } from './programme-facilitator.entity';

export type FacilitatorInput = Pick<
  ProgrammeFacilitator,
  'accountId' | 'role' | 'volunteerId' | 'displayName'
>;

@Injectable()
export class FacilitatorRepository {
  constructor(
    @InjectRepository(ProgrammeFacilitator) private readonly repo: Repository<ProgrammeFacilitator>,
  ) {}

  /** Makes the programme's facilitators exactly these. */
  async replace(tx: Tx, programmeId: string, facilitators: readonly FacilitatorInput[]): Promise<void> {
    const rows = tx.getRepository(ProgrammeFacilitator);
    await rows.delete({ programmeId });
    if (facilitators.length > 0) await rows.insert(facilitators.map((f) => ({ ...f, programmeId })));
  }

  of(programmeId: string, tx?: Tx): Promise<ProgrammeFacilitator[]> {
    return (tx?.getRepository(ProgrammeFacilitator) ?? this.repo).find({
      where: { programmeId },
      order: { role: 'ASC', createdAt: 'ASC' },
    });
  }

  async ofMany(programmeIds: readonly string[]): Promise<Map<string, ProgrammeFacilitator[]>> {
    const rows =
      programmeIds.length === 0
        ? []
        : await this.repo.find({
            where: { programmeId: In([...programmeIds]) },
            order: { createdAt: 'ASC' },
          });
    const byProgramme = new Map<string, ProgrammeFacilitator[]>(programmeIds.map((id) => [id, []]));
    for (const row of rows) byProgramme.get(row.programmeId)?.push(row);
    return byProgramme;
  }
}
