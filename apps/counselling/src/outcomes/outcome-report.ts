import type { PointPrevalence } from '../check-ins/quit-progress';
import { ASSESSMENT_WEEKS } from '../check-ins/quit-progress';
import type { MeasurePhase } from './outcome-measure.entity';
import {
  abstinenceRate,
  figure,
  meanChange,
  shareImproved,
  type GroupFigure,
  type PrePost,
} from './suppression';

/** What the report reads of a measure. */
export interface MeasureRecord {
  enrolmentId: string;
  instrument: string;
  phase: MeasurePhase;
  score: number;
  lowerIsBetter: boolean;
}

export interface MeasureFigures {
  instrument: string;
  lowerIsBetter: boolean;
  meanPre: GroupFigure;
  meanPost: GroupFigure;
  meanChange: GroupFigure;
  shareImproved: GroupFigure;
}

export interface AbstinenceFigure {
  week: number;
  rate: GroupFigure;
}

export interface OutcomeFigures {
  measures: MeasureFigures[];
  abstinence: AbstinenceFigure[];
}

const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

/**
 * The group's figures, each through the suppression rule (no figure from fewer than 5 people): per
 * instrument, over the members measured both before and after, the mean scores, the mean change and
 * the share who improved; per assessment week, the share abstinent among the members whose week is due.
 */
export function outcomeFigures(
  measures: readonly MeasureRecord[],
  prevalence: readonly (readonly { week: number; status: PointPrevalence }[])[],
): OutcomeFigures {
  const instruments = [...new Set(measures.map((m) => m.instrument))].sort();
  return {
    measures: instruments.map((instrument) => {
      const mine = measures.filter((m) => m.instrument === instrument);
      const byMember = new Map<string, Partial<Record<MeasurePhase, number>>>();
      for (const m of mine)
        byMember.set(m.enrolmentId, { ...byMember.get(m.enrolmentId), [m.phase]: m.score });
      const pairs: PrePost[] = [...byMember.values()].flatMap((s) =>
        s.pre !== undefined && s.post !== undefined ? [{ pre: s.pre, post: s.post }] : [],
      );
      const lowerIsBetter = mine[0].lowerIsBetter;
      return {
        instrument,
        lowerIsBetter,
        meanPre: figure(pairs.length, () => mean(pairs.map((p) => p.pre))),
        meanPost: figure(pairs.length, () => mean(pairs.map((p) => p.post))),
        meanChange: meanChange(pairs),
        shareImproved: shareImproved(pairs, lowerIsBetter),
      };
    }),
    abstinence: ASSESSMENT_WEEKS.map((week) => ({
      week,
      rate: abstinenceRate(
        prevalence.flatMap((member) =>
          member.flatMap((p) => (p.week === week && p.status !== 'not_due' ? [p.status] : [])),
        ),
      ),
    })),
  };
}
