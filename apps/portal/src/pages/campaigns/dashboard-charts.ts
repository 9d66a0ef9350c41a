import type { Schemas } from '../../api/client';

type Figure = Schemas['FigureView'];
type Figures = Schemas['DashboardFiguresView'];
type Community = Schemas['CommunityDashboardView'];
type Group = Schemas['GroupFiguresView'];

/** What a count shows: the number, or "<5" where a partner's view hides a count of 1–4. */
export function figureText(f: Figure, hidden: string): string {
  return f.suppressed || f.value === null ? hidden : String(f.value);
}

/** A rate as a percentage with one decimal, or "—" when there is none (nothing to divide, or hidden). */
export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** A count for a chart: a hidden one is drawn as nothing (null), never as 0. */
export function chartValue(f: Figure): number | null {
  return f.suppressed ? null : f.value;
}

interface Labels {
  screened: string;
  target: string;
}

/** Screened vs target per community, as bars side by side. */
export function screenedVsTargetOption(communities: Community[], labels: Labels) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [labels.screened, labels.target] },
    grid: { left: 48, right: 16, top: 40, bottom: 64 },
    xAxis: {
      type: 'category',
      data: communities.map((c) => c.community),
      axisLabel: { interval: 0, rotate: communities.length > 4 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: labels.screened,
        type: 'bar',
        data: communities.map((c) => chartValue(c.screened)),
        itemStyle: { color: '#0b5cad' },
      },
      {
        name: labels.target,
        type: 'bar',
        data: communities.map((c) => c.target),
        itemStyle: { color: '#bfbfbf' },
      },
    ],
  };
}

/** Stage-1 and stage-2 positive rates (percent) per community and overall. */
export function positiveRatesOption(
  totals: Figures,
  communities: Community[],
  labels: { stage1: string; stage2: string; all: string },
) {
  const rows = [{ name: labels.all, f: totals }, ...communities.map((c) => ({ name: c.community, f: c }))];
  const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
    legend: { top: 0, data: [labels.stage1, labels.stage2] },
    grid: { left: 48, right: 16, top: 40, bottom: 64 },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 },
    },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: labels.stage1,
        type: 'bar',
        data: rows.map((r) => percent(r.f.stage1PositiveRate)),
        itemStyle: { color: '#ad6800' },
      },
      {
        name: labels.stage2,
        type: 'bar',
        data: rows.map((r) => percent(r.f.stage2PositiveRate)),
        itemStyle: { color: '#a8071a' },
      },
    ],
  };
}

export interface FunnelStep {
  key: 'made' | 'sent' | 'accepted' | 'completed' | 'overdue';
  figure: Figure;
}

/** The referral funnel, in the order a referral travels; overdue (sent, no outcome in time) last. */
export function funnelSteps(f: Figures): FunnelStep[] {
  return [
    { key: 'made', figure: f.referralsMade },
    { key: 'sent', figure: f.referralsSent },
    { key: 'accepted', figure: f.referralsAccepted },
    { key: 'completed', figure: f.referralsCompleted },
    { key: 'overdue', figure: f.referralsOverdue },
  ];
}

/** The funnel as horizontal bars, the first step on top. */
export function funnelOption(steps: FunnelStep[], label: (key: FunnelStep['key']) => string) {
  const top = [...steps].reverse();
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 96, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((s) => label(s.key)) },
    series: [
      {
        type: 'bar',
        data: top.map((s) => ({
          value: chartValue(s.figure),
          itemStyle: { color: s.key === 'overdue' ? '#a8071a' : '#0b5cad' },
        })),
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** Screened and positive at each stage by age band or by sex. */
export function groupOption(
  groups: Group[],
  groupLabel: (group: string) => string,
  labels: { screened: string; stage1: string; stage2: string },
) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [labels.screened, labels.stage1, labels.stage2] },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: groups.map((g) => groupLabel(g.group)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: labels.screened, type: 'bar', data: groups.map((g) => chartValue(g.screened)) },
      { name: labels.stage1, type: 'bar', data: groups.map((g) => chartValue(g.stage1Positive)) },
      { name: labels.stage2, type: 'bar', data: groups.map((g) => chartValue(g.stage2Positive)) },
    ],
  };
}
