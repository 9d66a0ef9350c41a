import { moduleError } from '@linkage/errors';

export const AttendanceErrorCode = {
  CHECK_IN_CODE_INVALID: 'unprocessable',
  CHECK_IN_CODE_EXPIRED: 'unprocessable',
  CHECK_IN_TOO_EARLY: 'unprocessable',
  CHECK_IN_CLOSED: 'unprocessable',
  CHECK_OUT_CLOSED: 'unprocessable',
  ATTENDANCE_NOT_CONFIRMED: 'unprocessable',
  ATTENDANCE_SHIFT_NOT_ACTIVE: 'unprocessable',
  ATTENDANCE_NOT_CHECKED_IN: 'unprocessable',
  ATTENDANCE_TIMES_INVALID: 'unprocessable',
  ATTENDANCE_IN_FUTURE: 'unprocessable',
  SCAN_TOO_OLD: 'unprocessable',
  ATTENDANCE_ALREADY_CHECKED_IN: 'conflict',
  VOLUNTEER_CARD_INVALID: 'unprocessable',
  VOLUNTEER_CARD_EXPIRED: 'unprocessable',
  VOLUNTEER_CARD_WRONG_PURPOSE: 'unprocessable',
  CARD_VOLUNTEER_NOT_SIGNED_UP: 'unprocessable',
} as const;

export class AttendanceError extends moduleError(AttendanceErrorCode, {
  CHECK_IN_CODE_INVALID: 'This is not a valid check-in code; scan the code on the leader’s screen.',
  SCAN_TOO_OLD: {
    message: 'This scan was made more than 120 minutes ago; ask the leader to record the attendance by hand.',
    details: { scannedAt: '2026-10-17T00:30:00.000Z', maxAgeMinutes: 120 },
  },
  CHECK_IN_CODE_EXPIRED: {
    message: 'This check-in code has expired; scan the code on the leader’s screen again.',
    details: { reason: 'expired' },
  },
  CHECK_IN_TOO_EARLY: {
    message: 'Check-in opens at 2026-10-17 08:00, 60 minutes before the shift starts.',
    details: {
      startsAt: '2026-10-17T01:00:00.000Z',
      endsAt: '2026-10-17T04:00:00.000Z',
      checkInOpensAt: '2026-10-17T00:00:00.000Z',
      checkInClosesAt: '2026-10-17T04:00:00.000Z',
      checkOutClosesAt: '2026-10-17T06:00:00.000Z',
    },
  },
  CHECK_IN_CLOSED: {
    message:
      'Check-in closed at 2026-10-17 12:00, when the shift ended; ask the shift’s leader or a coordinator to record your attendance.',
    details: {
      startsAt: '2026-10-17T01:00:00.000Z',
      endsAt: '2026-10-17T04:00:00.000Z',
      checkInOpensAt: '2026-10-17T00:00:00.000Z',
      checkInClosesAt: '2026-10-17T04:00:00.000Z',
      checkOutClosesAt: '2026-10-17T06:00:00.000Z',
    },
  },
  CHECK_OUT_CLOSED: {
    message:
      'Check-out closed at 2026-10-17 14:00, 120 minutes after the shift ended; ask the shift’s leader or a coordinator to record your check-out time.',
    details: {
      startsAt: '2026-10-17T01:00:00.000Z',
      endsAt: '2026-10-17T04:00:00.000Z',
      checkInOpensAt: '2026-10-17T00:00:00.000Z',
      checkInClosesAt: '2026-10-17T04:00:00.000Z',
      checkOutClosesAt: '2026-10-17T06:00:00.000Z',
    },
  },
  ATTENDANCE_NOT_CONFIRMED: 'Only volunteers with a confirmed sign-up for this shift can check in.',
  ATTENDANCE_SHIFT_NOT_ACTIVE: { message: 'This shift was cancelled.', details: { status: 'cancelled' } },
  ATTENDANCE_NOT_CHECKED_IN: 'Check in first: there is no check-in for you on this shift.',
  ATTENDANCE_TIMES_INVALID: 'The check-out must be after the check-in.',
  ATTENDANCE_IN_FUTURE: {
    message:
      'The check-out time 2026-10-17 12:30 is later than now (2026-10-17 11:05); record the check-out once it has happened, or leave it out for now.',
    details: {
      field: 'checkedOutAt',
      value: '2026-10-17T04:30:00.000Z',
      now: '2026-10-17T03:05:00.000Z',
      latestAccepted: '2026-10-17T03:07:00.000Z',
    },
  },
  ATTENDANCE_ALREADY_CHECKED_IN:
    'This volunteer checked in; correct the attendance instead of marking a no-show.',
  VOLUNTEER_CARD_INVALID: 'This is not a volunteer card code; ask the volunteer to open their card again.',
  VOLUNTEER_CARD_EXPIRED: {
    message:
      'This card code has expired; ask the volunteer to show their card again (it rotates every 30 s).',
    details: { reason: 'expired' },
  },
  VOLUNTEER_CARD_WRONG_PURPOSE:
    'This is a shift’s check-in code, not a volunteer card: scan the QR on the volunteer’s card.',
  CARD_VOLUNTEER_NOT_SIGNED_UP: {
    message:
      '李晓雯 has no confirmed place on this shift; add them as a walk-in with a reason, if a place is free.',
    details: {
      volunteerId: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e',
      volunteerName: '李晓雯',
      signupStatus: null,
      placesLeft: 2,
    },
  },
}) {}
