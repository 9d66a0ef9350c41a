import {
  attendanceWindow,
  checkInRefusal,
  checkOutRefusal,
  futureAttendanceRefusal,
  type AttendanceWindowSettings,
} from './attendance-window.rule';

/** Shanghai wall-clock time on 1 December 2026 (day 1) or the day after. */
const sh = (time: string, day = 1) => new Date(`2026-12-0${day}T${time}+08:00`);
const shift = { startsAt: sh('09:00:00'), endsAt: sh('12:00:00') };
const settings: AttendanceWindowSettings = { checkInOpensMinutes: 60, checkOutClosesMinutes: 120 };

describe('attendanceWindow', () => {
  it('opens check-in before the start and closes check-out after the end', () => {
    expect(attendanceWindow(shift, settings)).toEqual({
      checkInOpensAt: sh('08:00:00'),
      checkInClosesAt: sh('12:00:00'),
      checkOutClosesAt: sh('14:00:00'),
    });
  });
});

describe('checkInRefusal', () => {
  it.each<[string, Date, AttendanceWindowSettings, string | null]>([
    ['a day early', new Date('2026-11-30T09:00:00+08:00'), settings, 'CHECK_IN_TOO_EARLY'],
    ['a second before it opens', sh('07:59:59'), settings, 'CHECK_IN_TOO_EARLY'],
    ['as it opens', sh('08:00:00'), settings, null],
    ['at the start', sh('09:00:00'), settings, null],
    ['during the shift', sh('11:00:00'), settings, null],
    ['the last second of the shift', sh('11:59:59.999'), settings, null],
    ['at the end', sh('12:00:00'), settings, 'CHECK_IN_CLOSED'],
    ['after the end', sh('13:00:00'), settings, 'CHECK_IN_CLOSED'],
    [
      'before the start with no early check-in',
      sh('08:59:59'),
      { ...settings, checkInOpensMinutes: 0 },
      'CHECK_IN_TOO_EARLY',
    ],
    ['at the start with no early check-in', sh('09:00:00'), { ...settings, checkInOpensMinutes: 0 }, null],
  ])('%s', (_name, now, given, code) => {
    expect(checkInRefusal(now, shift, given)?.code ?? null).toBe(code);
  });

  it('names when check-in opens, in local time, and gives the window', () => {
    const refusal = checkInRefusal(sh('07:00:00'), shift, settings);
    expect(refusal).toMatchObject({
      kind: 'unprocessable',
      message: 'Check-in opens at 2026-12-01T08:00:00+08:00, 60 minutes before the shift starts.',
      details: {
        startsAt: '2026-12-01T01:00:00.000Z',
        endsAt: '2026-12-01T04:00:00.000Z',
        checkInOpensAt: '2026-12-01T00:00:00.000Z',
        checkInClosesAt: '2026-12-01T04:00:00.000Z',
        checkOutClosesAt: '2026-12-01T06:00:00.000Z',
      },
    });
  });

  it('says when check-in closed and what to do instead', () => {
    expect(checkInRefusal(sh('12:30:00'), shift, settings)?.message).toBe(
      'Check-in closed at 2026-12-01T12:00:00+08:00, when the shift ended; ' +
        'ask the shift’s leader or a coordinator to record your attendance.',
    );
  });
});

describe('checkOutRefusal', () => {
  const checkedIn = sh('08:50:00');
  it.each<[string, Date, Date, AttendanceWindowSettings, string | null]>([
    ['during the shift', sh('10:00:00'), checkedIn, settings, null],
    ['at the end', sh('12:00:00'), checkedIn, settings, null],
    ['as it closes', sh('14:00:00'), checkedIn, settings, null],
    ['a second after it closes', sh('14:00:01'), checkedIn, settings, 'CHECK_OUT_CLOSED'],
    ['the next day', sh('09:00:00', 2), checkedIn, settings, 'CHECK_OUT_CLOSED'],
    [
      'with no grace, just after the end',
      sh('12:00:01'),
      checkedIn,
      { ...settings, checkOutClosesMinutes: 0 },
      'CHECK_OUT_CLOSED',
    ],
    ['at the very instant of the check-in', checkedIn, checkedIn, settings, 'ATTENDANCE_TIMES_INVALID'],
    ['before the check-in (clocks apart)', sh('08:49:59'), checkedIn, settings, 'ATTENDANCE_TIMES_INVALID'],
  ])('%s', (_name, now, checkedInAt, given, code) => {
    expect(checkOutRefusal(now, checkedInAt, shift, given)?.code ?? null).toBe(code);
  });

  it('names when check-out closed', () => {
    expect(checkOutRefusal(sh('15:00:00'), checkedIn, shift, settings)).toMatchObject({
      message:
        'Check-out closed at 2026-12-01T14:00:00+08:00, 120 minutes after the shift ended; ' +
        'ask the shift’s leader or a coordinator to record your check-out time.',
      details: { checkOutClosesAt: '2026-12-01T06:00:00.000Z' },
    });
  });
});

describe('futureAttendanceRefusal', () => {
  const now = sh('12:00:00');
  it.each<[string, Date, Date | null, 'checkedInAt' | 'checkedOutAt' | null]>([
    ['both past', sh('09:00:00'), sh('11:00:00'), null],
    ['a check-in only', sh('09:00:00'), null, null],
    ['check-out now', sh('09:00:00'), now, null],
    ['check-out within the clock skew', sh('09:00:00'), sh('12:02:00'), null],
    ['check-out beyond the clock skew', sh('09:00:00'), sh('12:02:01'), 'checkedOutAt'],
    ['check-in within the clock skew', sh('12:01:00'), null, null],
    ['check-in tomorrow', sh('09:00:00', 2), null, 'checkedInAt'],
    ['both later: the check-in is named', sh('13:00:00'), sh('14:00:00'), 'checkedInAt'],
  ])('%s', (_name, checkedInAt, checkedOutAt, field) => {
    const refusal = futureAttendanceRefusal(now, { checkedInAt, checkedOutAt });
    expect(
      refusal ? { code: refusal.code, field: (refusal.details as { field: string }).field } : null,
    ).toEqual(field ? { code: 'ATTENDANCE_IN_FUTURE', field } : null);
  });

  it('says which time has not happened yet', () => {
    expect(
      futureAttendanceRefusal(now, { checkedInAt: sh('09:00:00'), checkedOutAt: sh('17:00:00') }),
    ).toMatchObject({
      message:
        'The check-out time 2026-12-01T17:00:00+08:00 is later than now (2026-12-01T12:00:00+08:00); ' +
        'record the check-out once it has happened, or leave it out for now.',
      details: {
        field: 'checkedOutAt',
        value: '2026-12-01T09:00:00.000Z',
        latestAccepted: '2026-12-01T04:02:00.000Z',
      },
    });
  });
});
