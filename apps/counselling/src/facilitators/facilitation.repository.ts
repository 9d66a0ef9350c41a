import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Programme } from '../programmes/programme.entity';
import { ProgrammeFacilitator } from './programme-facilitator.entity';

/** What access rules know about a caller: the programmes they facilitate, and which programmes are standard. */
export interface Facilitation {
  counsellorOf: string[];
  peerOf: string[];
  /** Programmes that are not confidential (their membership may be seen beyond the facilitators). */
  standard: string[];
}

export const NO_FACILITATION: Facilitation = { counsellorOf: [], peerOf: [], standard: [] };

/** The access module's own reads (it depends on no feature module). */
@Injectable()
export class FacilitationRepository {
  constructor(
    @InjectRepository(ProgrammeFacilitator) private readonly facilitators: Repository<ProgrammeFacilitator>,
    @InjectRepository(Programme) private readonly programmes: Repository<Programme>,
  ) {}

  async of(accountId: string): Promise<Facilitation> {
    const [rows, standard] = await Promise.all([
      this.facilitators.find({ where: { accountId }, select: { programmeId: true, role: true } }),
      // A station runs a handful of programmes a term: the list stays short.
      this.programmes.find({ where: { confidential: false }, select: { id: true } }),
    ]);
    return {
      counsellorOf: rows.filter((r) => r.role === 'counsellor').map((r) => r.programmeId),
      peerOf: rows.filter((r) => r.role === 'peer').map((r) => r.programmeId),
      standard: standard.map((p) => p.id),
    };
  }
}
