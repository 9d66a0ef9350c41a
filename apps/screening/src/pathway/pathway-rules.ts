import { shanghaiDate } from '../results/age-band';

/**
 * A positive stage-1 screen is re-checked with a stage-2 instrument about two weeks later: the community
 * practice (筛-复-转-随访) waits that long so that a transient cause — delirium, an infection, a drug's
 * effect — has passed and is not taken for cognitive impairment.
 */
export const STAGE2_DUE_DAYS = 14;

/** YYYY-MM-DD plus whole days (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The stage-2 task's due date: 14 days after the screening date (the day in Asia/Shanghai). */
export function stage2DueOn(screenedAt: Date): string {
  return addDays(shanghaiDate(screenedAt), STAGE2_DUE_DAYS);
}

/** A task or visit due on a day is overdue from the next day on (the whole due day counts). */
export function isOverdueOn(dueOn: string, today: string): boolean {
  return dueOn < today;
}

/** A sent referral waits `days` for the hospital's outcome; after that it is overdue. */
export function referralOverdue(sentAt: Date, now: Date, days: number): boolean {
  return now.getTime() - sentAt.getTime() > days * 86_400_000;
}

/** The planned visits of a follow-up plan: one per interval (days from the plan's start), in order. */
export function visitDays(startsOn: string, intervalsDays: readonly number[]): string[] {
  return [...new Set(intervalsDays)].sort((a, b) => a - b).map((days) => addDays(startsOn, days));
}

export interface PathwayState {
  stage1Done: boolean;
  stage1Positive: boolean;
  stage2Done: boolean;
  stage2Positive: boolean;
}

export interface PathwayStep {
  state: PathwayState;
  /** What changed in the counts (each 0 or 1): a resident counts once however many results. */
  delta: { screened: number; stage1Positive: number; stage2Done: number; stage2Positive: number };
  /** The resident turned stage-1 positive with this result: a stage-2 task is due. */
  stage2TaskDue: boolean;
  /** A stage-2 result: the open stage-2 task closes. */
  closesStage2Task: boolean;
  /** The resident turned stage-2 positive with this result: a referral is made. */
  referral: boolean;
}

export const NOT_SCREENED: PathwayState = {
  stage1Done: false,
  stage1Positive: false,
  stage2Done: false,
  stage2Positive: false,
};

/**
 * Where a resident's pathway goes with one more result. Positive is for good: a later negative AD8
 * does not undo a positive Mini-Cog (either positive is a positive stage 1), and each step (a task, a
 * referral) is taken once per resident.
 */
export function nextStep(
  state: PathwayState,
  result: { stage: 1 | 2; classification: 'positive' | 'negative' },
): PathwayStep {
  const positive = result.classification === 'positive';
  const next: PathwayState = { ...state };
  if (result.stage === 1) {
    next.stage1Done = true;
    next.stage1Positive = state.stage1Positive || positive;
  } else {
    next.stage2Done = true;
    next.stage2Positive = state.stage2Positive || positive;
  }
  const turned = (key: keyof PathwayState): number => (next[key] && !state[key] ? 1 : 0);
  return {
    state: next,
    delta: {
      screened: turned('stage1Done'),
      stage1Positive: turned('stage1Positive'),
      stage2Done: turned('stage2Done'),
      stage2Positive: turned('stage2Positive'),
    },
    stage2TaskDue: turned('stage1Positive') === 1 && !state.stage2Done,
    closesStage2Task: result.stage === 2,
    referral: turned('stage2Positive') === 1,
  };
}
