import { moduleError } from '@linkage/errors';

export const ShiftErrorCode = {
  SHIFT_NOT_FOUND: 'not_found',
  SHIFT_SCHEDULE_INVALID: 'bad_request',
  SHIFT_FIT_NEEDS_VOLUNTEER: 'bad_request',
  SHIFT_MANAGE_FORBIDDEN: 'forbidden',
  SHIFT_TEAM_UNKNOWN: 'unprocessable',
  SHIFT_CAPACITY_BELOW_TAKEN: 'conflict',
  SHIFT_NOT_EDITABLE: 'conflict',
} as const;

export class ShiftError extends moduleError(ShiftErrorCode, {
  SHIFT_NOT_FOUND: 'No shift with id 0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a.',
  SHIFT_SCHEDULE_INVALID: {
    message: "The shift's times do not fit together; see details.",
    details: [{ field: 'endsAt', messages: ['endsAt must be later than startsAt'] }],
  },
  SHIFT_FIT_NEEDS_VOLUNTEER: 'fits=me needs an account with a volunteer profile.',
  SHIFT_MANAGE_FORBIDDEN: 'Only coordinators and the leaders of its team manage this shift.',
  SHIFT_TEAM_UNKNOWN: {
    message: 'No team with id 0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f.',
    details: { teamId: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f' },
  },
  SHIFT_CAPACITY_BELOW_TAKEN: {
    message: '12 seats are already taken; cancel sign-ups before lowering the capacity to 10.',
    details: { seatsTaken: 12, capacity: 10 },
  },
  SHIFT_NOT_EDITABLE: {
    message: 'This shift is cancelled and can no longer change.',
    details: { status: 'cancelled' },
  },
}) {}
