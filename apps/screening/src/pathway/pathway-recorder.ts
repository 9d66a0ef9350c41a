import { newId, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import {
  OnScreeningEvent,
  type RecordedResult,
  type ResultsRecorded,
} from '../domain-events/screening-events';
import { PathwayClock } from './pathway-clock';
import { nextStep, NOT_SCREENED, stage2DueOn } from './pathway-rules';
import {
  PathwayRepository,
  type CountDelta,
  type NewStage2Task,
  type ResidentPathwayRow,
} from './pathway.repository';
import { ReferralSender } from './referral-sender';

/**
 * Follows stored results along the pathway, in their transaction: a resident's first positive stage 1
 * makes a stage-2 task due 14 days later, a stage-2 result closes it, a positive stage 2 makes a
 * referral; and the dashboard's counts (residents screened and positive, once each) move with them.
 * A batch (an imported file) is written in a few multi-row statements.
 */
@Injectable()
export class PathwayRecorder {
  constructor(
    private readonly pathway: PathwayRepository,
    private readonly referrals: ReferralSender,
    private readonly clock: PathwayClock,
  ) {}

  @OnScreeningEvent('screening.results.recorded')
  async recorded(event: ResultsRecorded, tx: Tx): Promise<void> {
    const ids = [...new Set(event.results.map((r) => r.residentId))];
    const known = await this.pathway.lockStates(tx, ids);
    const rows = new Map<string, ResidentPathwayRow>();
    const counts = new Map<string, CountDelta>();
    const tasks: NewStage2Task[] = [];
    const closing: RecordedResult[] = [];
    const referred: RecordedResult[] = [];
    const now = this.clock.now();
    for (const result of event.results) {
      const before = rows.get(result.residentId) ?? {
        residentId: result.residentId,
        campaignId: result.campaignId,
        community: result.community,
        sex: result.sex,
        // A resident is counted in the age band of the first result, whatever comes later.
        ageBand: known.get(result.residentId)?.ageBand ?? result.ageBand,
        state: known.get(result.residentId)?.state ?? NOT_SCREENED,
      };
      const step = nextStep(before.state, result);
      rows.set(result.residentId, { ...before, state: step.state });
      addDelta(counts, before, step.delta);
      if (step.stage2TaskDue) {
        tasks.push({
          id: newId(),
          campaignId: result.campaignId,
          residentId: result.residentId,
          community: result.community,
          dueOn: stage2DueOn(result.administeredAt),
          triggerResultId: result.resultId,
          createdAt: now,
        });
      }
      if (step.closesStage2Task) closing.push(result);
      if (step.referral) referred.push(result);
    }
    await this.pathway.saveStates(tx, [...rows.values()]);
    await this.pathway.addCounts(tx, [...counts.values()]);
    await this.pathway.insertTasks(tx, tasks);
    for (const result of closing)
      await this.pathway.closeStage2Task(tx, result.residentId, result.resultId, now);
    for (const result of referred) await this.referrals.open(tx, result);
  }
}

function addDelta(
  counts: Map<string, CountDelta>,
  row: ResidentPathwayRow,
  delta: Omit<CountDelta, 'campaignId' | 'community' | 'sex' | 'ageBand'>,
): void {
  const key = [row.campaignId, row.community, row.sex, row.ageBand].join('\u0000');
  const sum = counts.get(key) ?? {
    campaignId: row.campaignId,
    community: row.community,
    sex: row.sex,
    ageBand: row.ageBand,
    screened: 0,
    stage1Positive: 0,
    stage2Done: 0,
    stage2Positive: 0,
  };
  sum.screened += delta.screened;
  sum.stage1Positive += delta.stage1Positive;
  sum.stage2Done += delta.stage2Done;
  sum.stage2Positive += delta.stage2Positive;
  counts.set(key, sum);
}
