import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { barValue, figureText, prePostChart, shareChart, type GroupFigure } from './outcome-figures';

const hidden: GroupFigure = { value: null, n: null, suppressed: true };
const shown = (value: number, n = 6): GroupFigure => ({ value, n, suppressed: false });

const report = (over: Partial<Schemas['OutcomeReportView']> = {}): Schemas['OutcomeReportView'] => ({
  programmeId: 'p',
  asOf: '2027-01-14',
  measures: [
    {
      instrument: 'ftnd',
      lowerIsBetter: true,
      meanPre: shown(5.25),
      meanPost: shown(3),
      meanChange: shown(-2.25),
      shareImproved: shown(5 / 6),
    },
  ],
  abstinence: [
    { week: 4, rate: shown(0.5) },
    { week: 12, rate: hidden },
    { week: 26, rate: hidden },
  ],
  ...over,
});

describe('a group figure as the counsellor reads it', () => {
  it.each([
    [shown(5.25), 'mean', { suppressed: false, text: '5.3', n: 6 }],
    [shown(-2.25), 'mean', { suppressed: false, text: '-2.3', n: 6 }],
    [shown(5 / 6), 'share', { suppressed: false, text: '83%', n: 6 }],
    [shown(0, 5), 'share', { suppressed: false, text: '0%', n: 5 }],
    [hidden, 'mean', { suppressed: true }],
    [hidden, 'share', { suppressed: true }],
  ] as const)('%o as a %s reads %o', (figure, kind, expected) => {
    expect(figureText(figure, kind)).toEqual(expected);
  });

  it('a suppressed figure has no number at all, not even a value the server might have left', () => {
    expect(figureText({ value: 2, n: 3, suppressed: true }, 'mean')).toEqual({ suppressed: true });
    expect(barValue({ value: 2, n: 3, suppressed: true }, 'mean')).toBeNull();
  });
});

describe('the chart data', () => {
  it('draws means before and after per instrument', () => {
    expect(prePostChart(report())).toEqual({
      categories: ['ftnd'],
      series: [
        { key: 'meanPre', values: [5.25] },
        { key: 'meanPost', values: [3] },
      ],
      allSuppressed: false,
    });
  });

  it('draws no bar for a suppressed figure (a gap, never a zero)', () => {
    const data = shareChart(report(), (week) => `第${week}周`);
    expect(data.categories).toEqual(['ftnd', '第4周', '第12周', '第26周']);
    expect(data.series).toEqual([{ key: 'share', values: [83.3, 50, null, null] }]);
    expect(data.allSuppressed).toBe(false);
  });

  it('says when every figure of a small group is suppressed', () => {
    const small = report({
      measures: [
        {
          instrument: 'ftnd',
          lowerIsBetter: true,
          meanPre: hidden,
          meanPost: hidden,
          meanChange: hidden,
          shareImproved: hidden,
        },
      ],
      abstinence: [4, 12, 26].map((week) => ({ week, rate: hidden })),
    });
    expect(prePostChart(small).allSuppressed).toBe(true);
    expect(shareChart(small, String).allSuppressed).toBe(true);
  });
});
