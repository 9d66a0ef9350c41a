import type { Schemas } from '../../api/client';

export type GroupFigure = Schemas['GroupFigureView'];
type Report = Schemas['OutcomeReportView'];

/** How a figure reads: its value (a share as a percentage) or, suppressed, no number at all. */
export type FigureText = { suppressed: true } | { suppressed: false; text: string; n: number | null };

export function figureText(figure: GroupFigure, kind: 'mean' | 'share'): FigureText {
  if (figure.suppressed || figure.value === null) return { suppressed: true };
  const text = kind === 'share' ? `${Math.round(figure.value * 100)}%` : figure.value.toFixed(1);
  return { suppressed: false, text, n: figure.n };
}

/** A bar's value: a suppressed figure draws no bar (null), never a zero that could be read as a result. */
export function barValue(figure: GroupFigure, kind: 'mean' | 'share'): number | null {
  if (figure.suppressed || figure.value === null) return null;
  return kind === 'share' ? Math.round(figure.value * 1000) / 10 : Math.round(figure.value * 100) / 100;
}

export interface ChartData {
  categories: string[];
  series: { key: string; values: (number | null)[] }[];
  /** Every value is suppressed: draw no chart, say so instead. */
  allSuppressed: boolean;
}

/** Mean score before and after, per instrument. */
export function prePostChart(report: Report): ChartData {
  const series = [
    { key: 'meanPre', values: report.measures.map((m) => barValue(m.meanPre, 'mean')) },
    { key: 'meanPost', values: report.measures.map((m) => barValue(m.meanPost, 'mean')) },
  ];
  return {
    categories: report.measures.map((m) => m.instrument),
    series,
    allSuppressed: series.every((s) => s.values.every((v) => v === null)),
  };
}

/** Share improved per instrument and abstinence rate per assessment week, in percent. */
export function shareChart(report: Report, weekLabel: (week: number) => string): ChartData {
  const values = [
    ...report.measures.map((m) => barValue(m.shareImproved, 'share')),
    ...report.abstinence.map((a) => barValue(a.rate, 'share')),
  ];
  return {
    categories: [
      ...report.measures.map((m) => m.instrument),
      ...report.abstinence.map((a) => weekLabel(a.week)),
    ],
    series: [{ key: 'share', values }],
    allSuppressed: values.every((v) => v === null),
  };
}
