import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { allPresentEntries, attendanceRows, oneEntry } from './attendance';
import { defaultSession } from './SessionsSection';

const member = (id: string, status: 'active' | 'withdrawn' = 'active'): Schemas['EnrolmentView'] => ({
  id,
  programmeId: 'p',
  accountId: `a-${id}`,
  volunteerId: null,
  displayName: id,
  status,
  enrolledAt: '2026-10-15T02:00:00.000Z',
  withdrawnAt: status === 'withdrawn' ? '2026-10-20T02:00:00.000Z' : null,
});
const line = (enrolmentId: string, status: 'present' | 'absent', reason: string | null = null) => ({
  enrolmentId,
  status,
  absenceReason: reason,
  recordedAt: '2026-10-22T11:00:00.000Z',
});

describe('one tap on the attendance list', () => {
  it.each([
    [true, undefined, { enrolmentId: 'e1', status: 'present' }],
    [true, '生病', { enrolmentId: 'e1', status: 'present' }],
    [false, undefined, { enrolmentId: 'e1', status: 'absent' }],
    [false, '   ', { enrolmentId: 'e1', status: 'absent' }],
    [false, ' 生病请假 ', { enrolmentId: 'e1', status: 'absent', absenceReason: '生病请假' }],
  ])('present=%s, reason %o → %o', (present, reason, expected) => {
    expect(oneEntry('e1', present, reason)).toEqual(expected);
  });
});

describe('the rest present in one request', () => {
  it('marks every active member not marked yet present, and leaves the tapped ones as they are', () => {
    const members = [member('e1'), member('e2'), member('e3'), member('e4', 'withdrawn'), member('e5')];
    expect(allPresentEntries(members, [line('e2', 'absent', '生病'), line('e3', 'present')])).toEqual([
      { enrolmentId: 'e1', status: 'present' },
      { enrolmentId: 'e5', status: 'present' },
    ]);
  });

  it('has nothing left to send once everyone is marked', () => {
    expect(allPresentEntries([member('e1')], [line('e1', 'absent')])).toEqual([]);
  });
});

describe('the rows of the list', () => {
  it('are the active members, and a withdrawn one only when already marked', () => {
    const members = [member('e1'), member('e2', 'withdrawn'), member('e3', 'withdrawn')];
    const rows = attendanceRows(members, [line('e3', 'present')]);
    expect(rows.map((r) => [r.enrolment.id, r.line?.status ?? null])).toEqual([
      ['e1', null],
      ['e3', 'present'],
    ]);
  });
});

describe('the session to take attendance for', () => {
  const session = (
    id: string,
    startsAt: string,
    status: 'scheduled' | 'completed' | 'cancelled' = 'scheduled',
  ) => ({
    id,
    programmeId: 'p',
    startsAt,
    endsAt: startsAt,
    place: '302',
    topic: id,
    status,
    completedAt: null,
  });
  const sessions = [
    session('past', '2026-11-20T11:00:00.000Z', 'completed'),
    // 23:30 UTC on the 27th is the 28th in Beijing
    session('nov28', '2026-11-27T23:30:00.000Z'),
    session('dec4', '2026-12-04T11:00:00.000Z'),
  ];

  it.each([
    ['2026-11-28', 'nov28'],
    ['2026-11-25', 'nov28'],
    ['2026-12-01', 'dec4'],
    ['2026-12-04', 'dec4'],
    // nothing to come: the latest
    ['2026-12-10', 'dec4'],
  ])('on %s it is %s', (today, expected) => {
    expect(defaultSession(sessions, today)?.id).toBe(expected);
  });

  it('skips a cancelled session of today', () => {
    const list = [session('cancelled', '2026-11-28T02:00:00.000Z', 'cancelled'), sessions[2]];
    expect(defaultSession(list, '2026-11-28')?.id).toBe('dec4');
  });
});
