import {
  addDays,
  isOverdueOn,
  nextStep,
  NOT_SCREENED,
  referralOverdue,
  stage2DueOn,
  visitDays,
  type PathwayState,
} from './pathway-rules';

describe('stage2DueOn', () => {
  it.each<[string, string]>([
    ['2026-10-09T01:40:00.000Z', '2026-10-23'],
    // 00:30 on the 9th in Shanghai, still the 8th in UTC: the local day counts.
    ['2026-10-08T16:30:00.000Z', '2026-10-23'],
    ['2026-12-25T02:00:00.000Z', '2027-01-08'],
  ])('screened %s → due %s', (at, due) => {
    expect(stage2DueOn(new Date(at))).toBe(due);
  });
});

describe('addDays, isOverdueOn, referralOverdue, visitDays', () => {
  it('adds calendar days across months and leap days', () => {
    expect(addDays('2028-02-20', 10)).toBe('2028-03-01');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
  });
  it.each<[string, string, boolean]>([
    ['2026-10-23', '2026-10-23', false],
    ['2026-10-23', '2026-10-24', true],
    ['2026-10-23', '2026-10-22', false],
  ])('due %s, today %s: overdue %s', (due, today, overdue) => {
    expect(isOverdueOn(due, today)).toBe(overdue);
  });
  it('a referral is overdue after its days without an outcome', () => {
    const sent = new Date('2026-10-01T00:00:00.000Z');
    expect(referralOverdue(sent, new Date('2026-10-31T00:00:00.000Z'), 30)).toBe(false);
    expect(referralOverdue(sent, new Date('2026-10-31T00:00:01.000Z'), 30)).toBe(true);
  });
  it('plans a visit per interval, in order, each once', () => {
    expect(visitDays('2026-11-01', [90, 30, 30, 180])).toEqual(['2026-12-01', '2027-01-30', '2027-04-30']);
  });
});

describe('nextStep', () => {
  const state = (s: Partial<PathwayState>): PathwayState => ({ ...NOT_SCREENED, ...s });
  it.each<[string, PathwayState, 1 | 2, 'positive' | 'negative', object]>([
    [
      'a first negative stage 1 counts as screened',
      NOT_SCREENED,
      1,
      'negative',
      { delta: { screened: 1, stage1Positive: 0, stage2Done: 0, stage2Positive: 0 }, stage2TaskDue: false },
    ],
    [
      'a first positive stage 1 makes a stage-2 task',
      NOT_SCREENED,
      1,
      'positive',
      { delta: { screened: 1, stage1Positive: 1, stage2Done: 0, stage2Positive: 0 }, stage2TaskDue: true },
    ],
    [
      'a positive Mini-Cog after a negative AD8 makes the task then',
      state({ stage1Done: true }),
      1,
      'positive',
      { delta: { screened: 0, stage1Positive: 1, stage2Done: 0, stage2Positive: 0 }, stage2TaskDue: true },
    ],
    [
      'a second positive stage 1 makes no second task',
      state({ stage1Done: true, stage1Positive: true }),
      1,
      'positive',
      { delta: { screened: 0, stage1Positive: 0, stage2Done: 0, stage2Positive: 0 }, stage2TaskDue: false },
    ],
    [
      'a negative stage 2 closes the task, no referral',
      state({ stage1Done: true, stage1Positive: true }),
      2,
      'negative',
      { closesStage2Task: true, referral: false, delta: expect.objectContaining({ stage2Done: 1 }) },
    ],
    [
      'a positive stage 2 closes the task and refers',
      state({ stage1Done: true, stage1Positive: true }),
      2,
      'positive',
      { closesStage2Task: true, referral: true, delta: expect.objectContaining({ stage2Positive: 1 }) },
    ],
    [
      'a second positive stage 2 refers no second time',
      state({ stage1Done: true, stage1Positive: true, stage2Done: true, stage2Positive: true }),
      2,
      'positive',
      { referral: false, delta: { screened: 0, stage1Positive: 0, stage2Done: 0, stage2Positive: 0 } },
    ],
  ])('%s', (_name, before, stage, classification, expected) => {
    expect(nextStep(before, { stage, classification })).toMatchObject(expected);
  });
});
