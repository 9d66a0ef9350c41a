import type { ScreeningSessionScheduleV1 } from '@linkage/contracts';
import { screenerRole, screeningSession } from '../../test/screening-sessions.fixtures';
import { planShifts } from '../shifts/sourced-shifts.plan';
import { sessionShifts } from './screening-session-shifts.plan';

const session = (overrides: Partial<ScreeningSessionScheduleV1> = {}) =>
  screeningSession({
    sessionId: '0192b7e2-0000-7000-8000-000000000101',
    startsAt: '2026-12-05T01:00:00Z',
    endsAt: '2026-12-05T04:00:00Z',
    ...overrides,
  });

describe('sessionShifts', () => {
  it('makes one shift per role, named by its key, with the role’s requirements and the session’s place and times', () => {
    const shifts = sessionShifts(session());
    expect(shifts.map((s) => s.ref)).toEqual(['screener', 'registrar']);
    expect(shifts[0].fields).toEqual({
      title: '记忆礼包 2026 秋季 · 滨海路社区 认知筛查 · 筛查员',
      description: null,
      venue: '滨海路社区服务中心',
      address: '莱山区滨海路 1 号',
      latitude: 37.45,
      longitude: 121.44,
      startsAt: new Date('2026-12-05T01:00:00Z'),
      endsAt: new Date('2026-12-05T04:00:00Z'),
      capacity: 2,
      requiredSkills: [],
      requiredCertifications: ['认知筛查'],
      signupMode: 'auto',
    });
    expect(shifts[1].fields).toMatchObject({ capacity: 1, requiredCertifications: [] });
  });

  it.each([
    ['a venue without coordinates', { name: '活动室', address: '1 号' }, null],
    [
      'coordinates kept as the columns keep them',
      { name: '活动室', address: '1 号', latitude: 37.4512345678 },
      37.451235,
    ],
  ])('places %s', (_case, venue, latitude) => {
    expect(sessionShifts(session({ venue })).map((s) => s.fields.latitude)).toEqual([latitude, latitude]);
  });

  it('shortens a long campaign name, never the community or the role', () => {
    const [shift] = sessionShifts(
      session({ campaignName: '秋'.repeat(200), roles: [screenerRole('s', '筛查员')] }),
    );
    expect([...shift.fields.title]).toHaveLength(200);
    expect(shift.fields.title.endsWith('… · 滨海路社区 认知筛查 · 筛查员')).toBe(true);
  });

  it.each<[string, Partial<ScreeningSessionScheduleV1>, string[]]>([
    [
      'a later start moves both shifts',
      { startsAt: '2026-12-05T02:00:00Z' },
      ['update screener startsAt', 'update registrar startsAt'],
    ],
    [
      'a second screener more raises that shift only',
      {
        roles: [
          screenerRole('screener', '筛查员', { count: 3 }),
          screenerRole('registrar', '登记员', { count: 1, requiredCertifications: [] }),
        ],
      },
      ['update screener capacity'],
    ],
    [
      'a role removed cancels its shift',
      { roles: [screenerRole('screener', '筛查员')] },
      ['cancel registrar'],
    ],
    [
      'another venue moves both',
      { venue: { name: '黄海路社区活动室', address: '黄海路 2 号' } },
      [
        'update screener address,latitude,longitude,venue',
        'update registrar address,latitude,longitude,venue',
      ],
    ],
  ])('planned against the shifts it made: %s', (_case, change, expected) => {
    const made = sessionShifts(session()).map((d) => ({
      ...d.fields,
      id: d.ref,
      ref: d.ref,
      status: 'open',
      seatsTaken: 0,
    }));
    const steps = planShifts(
      made,
      sessionShifts(session({ ...change, version: 2 })),
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(
      steps.map((s) =>
        s.kind === 'update'
          ? `update ${s.ref} ${Object.keys(s.changes).sort().join(',')}`
          : `${s.kind} ${s.ref}`,
      ),
    ).toEqual(expected);
  });
});
