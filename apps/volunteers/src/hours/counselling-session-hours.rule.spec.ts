import type { SessionCompletedV1 } from '@linkage/contracts';
import {
  COUNSELLING_ACTIVITY,
  COUNSELLING_PLACE,
  counsellingSessionShift,
  sessionAttendanceId,
} from './counselling-session-hours.rule';

const session = (extra: Partial<SessionCompletedV1> = {}): SessionCompletedV1 => ({
  sessionId: '0192b7e2-0000-7000-8000-000000000001',
  programmeId: '0192b7e2-0000-7000-8000-000000000002',
  startsAt: '2026-11-28T11:00:00.000Z',
  endsAt: '2026-11-28T12:30:00.000Z',
  completedAt: '2026-11-28T12:31:00.000Z',
  peerFacilitators: [
    {
      volunteerId: '0192b7e2-0000-7000-8000-000000000003',
      accountId: '0192b7e2-0000-7000-8000-000000000004',
    },
  ],
  version: 2,
  ...extra,
});

describe('counsellingSessionShift', () => {
  it.each<[string, Partial<SessionCompletedV1>, string, string]>([
    [
      'the programme’s title and the place',
      { programmeTitle: '同伴戒烟互助小组', place: '302 室' },
      '同伴戒烟互助小组',
      '302 室',
    ],
    ['an older copy without them', {}, COUNSELLING_ACTIVITY, COUNSELLING_PLACE],
    ['blank ones', { programmeTitle: '  ', place: '' }, COUNSELLING_ACTIVITY, COUNSELLING_PLACE],
  ])('names %s', (_name, extra, title, venue) => {
    expect(counsellingSessionShift(session(extra))).toMatchObject({ title, venue });
  });

  it('keeps the session’s times, one place per peer, no requirements', () => {
    const two = session({
      peerFacilitators: [
        { volunteerId: 'a', accountId: 'b' },
        { volunteerId: 'c', accountId: 'd' },
      ],
    });
    expect(counsellingSessionShift(two)).toMatchObject({
      startsAt: new Date('2026-11-28T11:00:00.000Z'),
      endsAt: new Date('2026-11-28T12:30:00.000Z'),
      capacity: 2,
      requiredSkills: [],
      requiredCertifications: [],
    });
    expect(counsellingSessionShift(session({ peerFacilitators: [] })).capacity).toBe(1);
  });
});

describe('sessionAttendanceId', () => {
  it('is the same for the same session and volunteer, different otherwise, and shaped like a uuid', () => {
    const id = sessionAttendanceId('s1', 'v1');
    expect(sessionAttendanceId('s1', 'v1')).toBe(id);
    expect(new Set([id, sessionAttendanceId('s1', 'v2'), sessionAttendanceId('s2', 'v1')]).size).toBe(3);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
