import { outcomeFigures, type MeasureRecord } from './outcome-report';

const ftnd = (enrolmentId: string, pre: number, post?: number): MeasureRecord[] => [
  { enrolmentId, instrument: 'ftnd', phase: 'pre', score: pre, lowerIsBetter: true },
  ...(post === undefined
    ? []
    : [{ enrolmentId, instrument: 'ftnd', phase: 'post' as const, score: post, lowerIsBetter: true }]),
];
const SUPPRESSED = { value: null, n: null, suppressed: true };
const week4 = (status: 'abstinent' | 'smoking' | 'not_due') => [
  { week: 4, status },
  { week: 12, status: 'not_due' as const },
  { week: 26, status: 'not_due' as const },
];

describe('outcomeFigures', () => {
  it('suppresses every figure of a two-member group', () => {
    const figures = outcomeFigures(
      [...ftnd('a', 7, 3), ...ftnd('b', 5, 2)],
      [week4('abstinent'), week4('smoking')],
    );
    expect(figures.measures).toEqual([
      {
        instrument: 'ftnd',
        lowerIsBetter: true,
        meanPre: SUPPRESSED,
        meanPost: SUPPRESSED,
        meanChange: SUPPRESSED,
        shareImproved: SUPPRESSED,
      },
    ]);
    expect(figures.abstinence.map((a) => a.rate)).toEqual([SUPPRESSED, SUPPRESSED, SUPPRESSED]);
  });

  it('shows the figures of five members measured both times', () => {
    const measures = [
      ...ftnd('a', 7, 3),
      ...ftnd('b', 5, 2),
      ...ftnd('c', 6, 6),
      ...ftnd('d', 4, 5),
      ...ftnd('e', 8, 4),
      ...ftnd('f', 9), // no post measure: not counted
    ];
    const statuses = ['abstinent', 'abstinent', 'smoking', 'abstinent', 'smoking'] as const;
    const figures = outcomeFigures(measures, statuses.map(week4));
    expect(figures.measures[0]).toMatchObject({
      meanPre: { value: 6, n: 5, suppressed: false },
      meanPost: { value: 4, n: 5, suppressed: false },
      meanChange: { value: -2, n: 5, suppressed: false },
      shareImproved: { value: 0.6, n: 5, suppressed: false },
    });
    expect(figures.abstinence).toEqual([
      { week: 4, rate: { value: 0.6, n: 5, suppressed: false } },
      { week: 12, rate: SUPPRESSED },
      { week: 26, rate: SUPPRESSED },
    ]);
  });

  it('counts only members whose assessment is due', () => {
    const figures = outcomeFigures(
      [],
      [...Array.from({ length: 4 }, () => week4('abstinent')), week4('not_due'), []],
    );
    expect(figures.measures).toEqual([]);
    expect(figures.abstinence[0].rate).toEqual(SUPPRESSED);
  });
});
