import { HoursError } from '../hours/hours.error';
import { PointsError } from './points.error';
import {
  balanceOf,
  leaderboard,
  pointsFor,
  rankByPoints,
  validatePointsRules,
  type PointsEvent,
  type PointsLedgerEntry,
  type PointsRule,
} from './points-rules';

const rules: PointsRule[] = [
  { kind: 'per_verified_hour', points: 10 },
  { kind: 'led_shift', points: 20 },
  { kind: 'training_attended', points: 5 },
];
const v = 'volunteer-1';

describe('pointsFor', () => {
  it.each<[string, PointsEvent, PointsRule[], PointsLedgerEntry[]]>([
    [
      'verified hours',
      { type: 'hours_verified', volunteerId: v, hoursRecordId: 'h1', hours: '3.50' },
      rules,
      [
        {
          volunteerId: v,
          kind: 'per_verified_hour',
          points: 35,
          reason: '3.50 verified hours × 10 points per hour',
          sourceType: 'hours_record',
          sourceId: 'h1',
        },
      ],
    ],
    [
      'verified hours, rounded down to whole points',
      { type: 'hours_verified', volunteerId: v, hoursRecordId: 'h2', hours: 3.5 },
      [{ kind: 'per_verified_hour', points: 3 }],
      [
        {
          volunteerId: v,
          kind: 'per_verified_hour',
          points: 10,
          reason: '3.50 verified hours × 3 points per hour',
          sourceType: 'hours_record',
          sourceId: 'h2',
        },
      ],
    ],
    [
      'zero verified hours earn no entry',
      { type: 'hours_verified', volunteerId: v, hoursRecordId: 'h3', hours: '0.00' },
      rules,
      [],
    ],
    [
      'verified hours with no hourly rule',
      { type: 'hours_verified', volunteerId: v, hoursRecordId: 'h4', hours: '2.00' },
      [{ kind: 'led_shift', points: 20 }],
      [],
    ],
    [
      'hours adjusted down',
      {
        type: 'hours_adjusted',
        volunteerId: v,
        hoursRecordId: 'h1',
        adjustmentId: 'a1',
        previousPoints: 35,
        hours: '2.00',
      },
      rules,
      [
        {
          volunteerId: v,
          kind: 'per_verified_hour',
          points: -15,
          reason: 'Verified hours adjusted to 2.00: 35 points become 20',
          sourceType: 'hours_adjustment',
          sourceId: 'a1',
        },
      ],
    ],
    [
      'hours adjusted after the hourly rate changed: reconciled to the current rule',
      {
        type: 'hours_adjusted',
        volunteerId: v,
        hoursRecordId: 'h1',
        adjustmentId: 'a2',
        previousPoints: 35,
        hours: '4.00',
      },
      [{ kind: 'per_verified_hour', points: 12 }],
      [
        {
          volunteerId: v,
          kind: 'per_verified_hour',
          points: 13,
          reason: 'Verified hours adjusted to 4.00: 35 points become 48',
          sourceType: 'hours_adjustment',
          sourceId: 'a2',
        },
      ],
    ],
    [
      'hours adjusted to what they earned already',
      {
        type: 'hours_adjusted',
        volunteerId: v,
        hoursRecordId: 'h1',
        adjustmentId: 'a3',
        previousPoints: 35,
        hours: '3.50',
      },
      rules,
      [],
    ],
    [
      'hours adjusted after the hourly rule was removed: taken back',
      {
        type: 'hours_adjusted',
        volunteerId: v,
        hoursRecordId: 'h1',
        adjustmentId: 'a4',
        previousPoints: 35,
        hours: '0.00',
      },
      [],
      [
        {
          volunteerId: v,
          kind: 'per_verified_hour',
          points: -35,
          reason: 'Verified hours adjusted to 0.00: 35 points become 0',
          sourceType: 'hours_adjustment',
          sourceId: 'a4',
        },
      ],
    ],
    [
      'led a shift',
      { type: 'shift_led', volunteerId: v, shiftId: 's1' },
      rules,
      [
        {
          volunteerId: v,
          kind: 'led_shift',
          points: 20,
          reason: 'Led a shift',
          sourceType: 'shift',
          sourceId: 's1',
        },
      ],
    ],
    [
      'led a shift, rule set to 0',
      { type: 'shift_led', volunteerId: v, shiftId: 's1' },
      [{ kind: 'led_shift', points: 0 }],
      [],
    ],
    [
      'attended training',
      { type: 'training_attended', volunteerId: v, trainingId: 't1' },
      rules,
      [
        {
          volunteerId: v,
          kind: 'training_attended',
          points: 5,
          reason: 'Attended training',
          sourceType: 'training',
          sourceId: 't1',
        },
      ],
    ],
    ['attended training, no rule', { type: 'training_attended', volunteerId: v, trainingId: 't1' }, [], []],
    [
      'a manual award, whatever the rules',
      { type: 'manual_award', volunteerId: v, awardId: 'm1', points: 50, reason: ' 社区防疫表现突出 ' },
      [],
      [
        {
          volunteerId: v,
          kind: 'manual_award',
          points: 50,
          reason: '社区防疫表现突出',
          sourceType: 'manual_award',
          sourceId: 'm1',
        },
      ],
    ],
    [
      'a manual deduction',
      {
        type: 'manual_award',
        volunteerId: v,
        awardId: 'm2',
        points: -10,
        reason: 'Awarded twice by mistake',
      },
      rules,
      [
        {
          volunteerId: v,
          kind: 'manual_award',
          points: -10,
          reason: 'Awarded twice by mistake',
          sourceType: 'manual_award',
          sourceId: 'm2',
        },
      ],
    ],
  ])('%s', (_name, event, table, expected) => {
    expect(pointsFor(event, table)).toEqual(expected);
  });

  it('does not change the rule table or the event', () => {
    const event: PointsEvent = { type: 'hours_verified', volunteerId: v, hoursRecordId: 'h1', hours: '1.00' };
    const frozenRules = Object.freeze(rules.map((rule) => Object.freeze({ ...rule })));
    expect(() => pointsFor(Object.freeze(event), frozenRules)).not.toThrow();
  });

  it.each<[string, PointsEvent, new (...args: never[]) => Error]>([
    [
      'a manual award of 0',
      { type: 'manual_award', volunteerId: v, awardId: 'm', points: 0, reason: 'x' },
      PointsError,
    ],
    [
      'a fractional award',
      { type: 'manual_award', volunteerId: v, awardId: 'm', points: 1.5, reason: 'x' },
      PointsError,
    ],
    [
      'an award without a reason',
      { type: 'manual_award', volunteerId: v, awardId: 'm', points: 5, reason: '  ' },
      PointsError,
    ],
    [
      'hours not in half hours',
      { type: 'hours_verified', volunteerId: v, hoursRecordId: 'h', hours: '1.25' },
      HoursError,
    ],
    [
      'a fractional previous balance',
      {
        type: 'hours_adjusted',
        volunteerId: v,
        hoursRecordId: 'h',
        adjustmentId: 'a',
        previousPoints: 0.5,
        hours: '1.00',
      },
      RangeError,
    ],
  ])('refuses %s', (_name, event, errorType) => {
    expect(() => pointsFor(event, rules)).toThrow(errorType);
  });
});

describe('validatePointsRules', () => {
  it.each<[string, unknown[]]>([
    [
      'a kind twice',
      [
        { kind: 'led_shift', points: 1 },
        { kind: 'led_shift', points: 2 },
      ],
    ],
    ['negative points', [{ kind: 'led_shift', points: -1 }]],
    ['fractional points', [{ kind: 'per_verified_hour', points: 2.5 }]],
    ['points that are not a number', [{ kind: 'per_verified_hour', points: Number.NaN }]],
    ['an unknown kind', [{ kind: 'sunny_day', points: 1 }]],
  ])('refuses %s', (_name, table) => {
    expect(() => validatePointsRules(table as PointsRule[])).toThrow(
      expect.objectContaining({ code: 'POINTS_RULES_INVALID' }),
    );
  });

  it.each([[[]], [rules], [[{ kind: 'training_attended', points: 0 }]]])('accepts %j', (table) => {
    expect(validatePointsRules(table as PointsRule[])).toBe(table);
  });
});

describe('balanceOf', () => {
  it.each([
    [[], 0],
    [[35, 20, -15], 40],
    [[-10], -10],
  ])('%j → %d', (points, balance) => {
    expect(balanceOf(points.map((p) => ({ points: p })))).toBe(balance);
  });
});

describe('leaderboard', () => {
  const entries = (...points: number[]) => points.map((p, i) => ({ volunteerId: `v${i}`, points: p }));

  it.each([
    [
      'more points first',
      [
        { teamId: 't1', teamName: '医疗队', entries: entries(10, 5) },
        { teamId: 't2', teamName: '宣传队', entries: entries(40) },
        { teamId: 't3', teamName: '后勤队', entries: entries(20, -5) },
      ],
      [
        ['t2', 40, 1],
        ['t3', 15, 2], // 后勤 hòuqín before 医疗 yīliáo
        ['t1', 15, 2],
      ],
    ],
    [
      'level teams share a rank and the next rank is skipped',
      [
        { teamId: 't1', teamName: 'B', entries: entries(10) },
        { teamId: 't2', teamName: 'A', entries: entries(10) },
        { teamId: 't3', teamName: 'C', entries: entries(5) },
      ],
      [
        ['t2', 10, 1],
        ['t1', 10, 1],
        ['t3', 5, 3],
      ],
    ],
    [
      'level teams in pinyin order of their names (安 an < 北 bei < 长 chang)',
      [
        { teamId: 't1', teamName: '长宁队', entries: entries(7) },
        { teamId: 't2', teamName: '北站队', entries: entries(7) },
        { teamId: 't3', teamName: '安亭队', entries: entries(7) },
      ],
      [
        ['t3', 7, 1],
        ['t2', 7, 1],
        ['t1', 7, 1],
      ],
    ],
    [
      'same name and points: by id',
      [
        { teamId: 'b', teamName: '第一队', entries: entries(1) },
        { teamId: 'a', teamName: '第一队', entries: entries(1) },
      ],
      [
        ['a', 1, 1],
        ['b', 1, 1],
      ],
    ],
    [
      'numbers in names in numeric order',
      [
        { teamId: 'x', teamName: 'Team 10', entries: [] },
        { teamId: 'y', teamName: 'Team 9', entries: [] },
      ],
      [
        ['y', 0, 1],
        ['x', 0, 1],
      ],
    ],
    ['no teams', [], []],
  ])('%s', (_name, teams, expected) => {
    const rows = leaderboard(teams);
    expect(rows.map((row) => [row.teamId, row.points, row.rank])).toEqual(expected);
  });

  it('gives the same order whatever order the teams come in', () => {
    const teams = [
      { teamId: 't1', teamName: '甲', entries: entries(3) },
      { teamId: 't2', teamName: '乙', entries: entries(3) },
      { teamId: 't3', teamName: '丙', entries: entries(9) },
      { teamId: 't4', teamName: '丁', entries: entries(1) },
    ];
    const expected = leaderboard(teams);
    for (const shuffled of [[...teams].reverse(), [teams[2], teams[0], teams[3], teams[1]]]) {
      expect(leaderboard(shuffled)).toEqual(expected);
    }
  });

  it('ranks totals summed elsewhere the same way', () => {
    expect(
      rankByPoints([
        { teamId: 't1', teamName: 'A', points: 2 },
        { teamId: 't2', teamName: 'B', points: 3 },
      ]),
    ).toEqual([
      { teamId: 't2', teamName: 'B', points: 3, rank: 1 },
      { teamId: 't1', teamName: 'A', points: 2, rank: 2 },
    ]);
  });
});
