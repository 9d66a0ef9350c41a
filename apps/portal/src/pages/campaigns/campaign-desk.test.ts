import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import type { Schemas } from '../../api/client';
import { dayjs } from '../../lib/time';
import {
  campaignBody,
  campaignChangeBody,
  campaignFormValues,
  targetTotal,
  versionLabel,
} from './campaign-form';
import {
  chartValue,
  figureText,
  funnelOption,
  funnelSteps,
  positiveRatesOption,
  rateText,
  screenedVsTargetOption,
} from './dashboard-charts';
import { badRows, importContentType, importRefusal } from './import-outcome';
import { sessionBody, sessionFormValues } from './session-form';

const fig = (value: number | null, suppressed = false): Schemas['FigureView'] => ({ value, suppressed });

function figures(over: Partial<Schemas['DashboardFiguresView']> = {}): Schemas['DashboardFiguresView'] {
  return {
    screened: fig(40),
    stage1Positive: fig(10),
    stage1PositiveRate: 0.25,
    stage2Done: fig(8),
    stage2Positive: fig(4),
    stage2PositiveRate: 0.5,
    stage2Overdue: fig(1),
    referralsMade: fig(4),
    referralsSent: fig(3),
    referralsAccepted: fig(2),
    referralsDeclined: fig(0),
    referralsOpen: fig(2),
    referralsOverdue: fig(1),
    referralsCompleted: fig(1),
    followUpsDue: fig(0),
    byAgeBand: [],
    bySex: [],
    ...over,
  };
}

const community = (name: string, target: number | null, over = {}): Schemas['CommunityDashboardView'] => ({
  community: name,
  target,
  ...figures(over),
});

describe('the campaign form as an API body', () => {
  it('trims, sends the period as local dates, and leaves out blank communities', () => {
    const body = campaignBody({
      name: '  记忆礼包 2026 秋季 ',
      description: ' ',
      period: [dayjs('2026-09-01'), dayjs('2026-12-31')],
      partnerOrganisationIds: ['org-1'],
      stage1: ['AD8@1'],
      stage2: ['MOCA@1'],
      targets: [
        { community: ' 滨海路社区 ', target: 120 },
        { community: '', target: 50 },
        { community: '黄海路社区', target: 100 },
      ],
    });
    expect(body).toEqual({
      name: '记忆礼包 2026 秋季',
      description: undefined,
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: ['org-1'],
      instruments: { stage1: ['AD8@1'], stage2: ['MOCA@1'] },
      targets: [
        { community: '滨海路社区', target: 120 },
        { community: '黄海路社区', target: 100 },
      ],
    });
  });

  it('changes a started campaign without its pinned instruments, and clears a description emptied', () => {
    const v = {
      name: '记忆礼包',
      description: '',
      period: [dayjs('2026-09-01'), dayjs('2026-12-31')] as [
        ReturnType<typeof dayjs>,
        ReturnType<typeof dayjs>,
      ],
      stage1: ['AD8@1'],
      stage2: ['MOCA@1'],
      targets: [{ community: '滨海路社区', target: 120 }],
    };
    expect(campaignChangeBody(v, 'active')).not.toHaveProperty('instruments');
    expect(campaignChangeBody(v, 'active').description).toBe('');
    expect(campaignChangeBody(v, 'draft').instruments).toEqual({ stage1: ['AD8@1'], stage2: ['MOCA@1'] });
  });

  it('starts a new campaign with every instrument of both stages', () => {
    expect(campaignFormValues()).toMatchObject({
      stage1: ['AD8@1', 'MINI_COG@1'],
      stage2: ['MMSE@1', 'MOCA@1'],
    });
  });

  it('sums the targets of the communities named', () => {
    expect(targetTotal([{ community: '滨海路社区', target: 120 }, { community: ' ', target: 9 }, {}])).toBe(
      120,
    );
  });

  it.each([
    ['AD8@1', 'AD8 v1'],
    ['MINI_COG@1', 'Mini-Cog v1'],
    ['MOCA@2', 'MoCA v2'],
    ['OTHER', 'OTHER'],
  ])('names %s as %s', (version, label) => {
    expect(versionLabel(version)).toBe(label);
  });
});

describe('the session form as an API body', () => {
  const time: [ReturnType<typeof dayjs>, ReturnType<typeof dayjs>] = [
    dayjs('2026-10-10T09:00'),
    dayjs('2026-10-10T11:30'),
  ];

  it('reads the hours in Beijing time and gives new roles keys no other role has', () => {
    const body = sessionBody({
      community: '滨海路社区',
      venueName: ' 滨海路社区党群服务中心 ',
      venueAddress: '烟台市莱山区滨海路 88 号',
      time,
      roles: [
        { name: '认知筛查员', count: 3, certifications: ['认知筛查', ' '] },
        { key: 'screener', name: '原有岗位', count: 1 },
        { name: '登记引导' },
      ],
    });
    expect(body.startsAt).toMatch(/T09:00:00\+08:00$/);
    expect(body.endsAt).toMatch(/T11:30:00\+08:00$/);
    expect(body.venue).toEqual({ name: '滨海路社区党群服务中心', address: '烟台市莱山区滨海路 88 号' });
    expect(body.roles).toEqual([
      { key: 'role-2', name: '认知筛查员', count: 3, requiredCertifications: ['认知筛查'] },
      { key: 'screener', name: '原有岗位', count: 1, requiredCertifications: [] },
      { key: 'role-3', name: '登记引导', count: 1, requiredCertifications: [] },
    ]);
  });

  it('keeps the keys of a session being changed, so its shifts are updated, not replaced', () => {
    const values = sessionFormValues(
      {
        community: '黄海路社区',
        venue: { name: '黄海路社区卫生服务站', address: '黄海路 1 号', latitude: null, longitude: null },
        startsAt: '2026-10-10T01:00:00.000Z',
        endsAt: '2026-10-10T04:00:00.000Z',
        roles: [
          { key: 'lead', name: '组长', count: 1, requiredCertifications: ['认知筛查'], requiredSkills: [] },
        ],
      } as unknown as Schemas['ScreeningSessionView'],
      '筛查员',
    );
    expect(values.roles).toEqual([{ key: 'lead', name: '组长', count: 1, certifications: ['认知筛查'] }]);
    expect(values.time?.[0].format('HH:mm')).toBe('09:00');
    expect(sessionBody(values as never).roles[0].key).toBe('lead');
  });

  it('offers two certified screeners for a new session', () => {
    expect(sessionFormValues(undefined, '筛查员').roles).toEqual([
      { name: '筛查员', count: 2, certifications: ['认知筛查'] },
    ]);
  });
});

describe('the dashboard as charts', () => {
  it('shows a hidden count as <5 and draws it as nothing, never as 0', () => {
    expect(figureText(fig(null, true), '<5')).toBe('<5');
    expect(figureText(fig(0), '<5')).toBe('0');
    expect(figureText(fig(12), '<5')).toBe('12');
    expect(chartValue(fig(null, true))).toBeNull();
    expect(chartValue(fig(0))).toBe(0);
  });

  it.each([
    [0.25, '25.0%'],
    [0.6667, '66.7%'],
    [0, '0.0%'],
    [null, '—'],
  ])('writes the rate %s as %s', (rate, text) => {
    expect(rateText(rate)).toBe(text);
  });

  it('puts screened beside target per community', () => {
    const option = screenedVsTargetOption(
      [community('滨海路社区', 120), community('黄海路社区', null, { screened: fig(null, true) })],
      { screened: '已筛查', target: '目标' },
    );
    expect(option.xAxis.data).toEqual(['滨海路社区', '黄海路社区']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['已筛查', [40, null]],
      ['目标', [120, null]],
    ]);
  });

  it('draws positive rates as percentages, overall first', () => {
    const option = positiveRatesOption(
      figures(),
      [community('滨海路社区', 120, { stage1PositiveRate: 0.3333, stage2PositiveRate: null })],
      { stage1: '初筛', stage2: '复筛', all: '全部' },
    );
    expect(option.xAxis.data).toEqual(['全部', '滨海路社区']);
    expect(option.series[0].data).toEqual([25, 33.3]);
    expect(option.series[1].data).toEqual([50, null]);
  });

  it('orders the referral funnel as a referral travels, the first step on top', () => {
    const steps = funnelSteps(figures({ referralsAccepted: fig(null, true) }));
    expect(steps.map((s) => s.key)).toEqual(['made', 'sent', 'accepted', 'completed', 'overdue']);
    const option = funnelOption(steps, (k) => k);
    expect(option.yAxis.data).toEqual(['overdue', 'completed', 'accepted', 'sent', 'made']);
    expect(option.series[0].data.map((d) => d.value)).toEqual([1, 1, null, 3, 4]);
  });
});

describe('an import refused', () => {
  it('lists every bad row in order from a 422 IMPORT_ROWS_INVALID', () => {
    const refusal = importRefusal(
      new ApiError(422, 'IMPORT_ROWS_INVALID', '…', {
        problems: [
          { row: 7, column: '筛查日期', reason: '应为日期' },
          { row: 3, column: '性别', reason: '应为“男”或“女”' },
          { row: 3, column: '出生日期', reason: '必填' },
        ],
      }),
    );
    expect(refusal.kind).toBe('rows');
    if (refusal.kind !== 'rows') return;
    expect(refusal.problems.map((p) => [p.row, p.column])).toEqual([
      [3, '性别'],
      [3, '出生日期'],
      [7, '筛查日期'],
    ]);
    expect(badRows(refusal.problems)).toEqual([3, 7]);
  });

  it.each([
    [new ApiError(413, 'PAYLOAD_TOO_LARGE', ''), 'tooLarge'],
    [new ApiError(422, 'IMPORT_FILE_TYPE_UNSUPPORTED', ''), 'fileType'],
    [new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', ''), 'fileType'],
    [new ApiError(422, 'IMPORT_FILE_UNREADABLE', ''), 'unreadable'],
    [new ApiError(404, 'CAMPAIGN_NOT_FOUND', ''), 'other'],
    [new Error('offline'), 'other'],
  ])('reads %s as %s', (error, kind) => {
    expect(importRefusal(error).kind).toBe(kind);
  });

  it.each([
    ['初筛登记.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['paper.CSV', 'text/csv'],
    ['paper.xls', null],
    ['notes.txt', null],
    ['noending', null],
  ])('sends %s as %s', (name, type) => {
    expect(importContentType(name)).toBe(type);
  });
});
