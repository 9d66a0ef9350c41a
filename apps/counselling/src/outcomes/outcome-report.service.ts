import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { CounsellingAccess } from '../access/counselling.access';
import { CheckInQueries } from '../check-ins/check-in-queries';
import { Clock } from '../clock/clock';
import { Memberships } from '../enrolments/memberships';
import { ProgrammeDirectory } from '../programmes/programme-directory';
import { outcomeFigures, type OutcomeFigures } from './outcome-report';
import { OutcomeRepository } from './outcome.repository';

export interface OutcomeReport extends OutcomeFigures {
  programmeId: string;
  title: string;
  asOf: string;
}

/**
 * The group report for the programme's counsellors: the active members' pre/post measures and their
 * point-prevalence abstinence, every figure suppressed below five people (outcome-report.ts).
 */
@Injectable()
export class OutcomeReportService {
  constructor(
    private readonly measures: OutcomeRepository,
    private readonly memberships: Memberships,
    private readonly programmes: ProgrammeDirectory,
    private readonly checkIns: CheckInQueries,
    private readonly clock: Clock,
    private readonly access: CounsellingAccess,
  ) {}

  async report(principal: Principal, programmeId: string): Promise<OutcomeReport> {
    const programme = await this.programmes.find(principal, 'outcome.read', programmeId);
    const members = (await this.memberships.list(principal, 'outcome.read', programmeId)).filter(
      (e) => e.status === 'active',
    );
    const active = new Set(members.map((e) => e.id));
    const asOf = this.clock.today();
    const [measures, progress] = await Promise.all([
      this.measures.list(await this.access.scope(principal, 'outcome.read'), programmeId),
      this.checkIns.progress([...active], asOf),
    ]);
    return {
      programmeId,
      title: programme.title,
      asOf,
      ...outcomeFigures(
        measures.filter((m) => active.has(m.enrolmentId)),
        [...progress.values()].map((p) => p.pointPrevalence),
      ),
    };
  }
}
