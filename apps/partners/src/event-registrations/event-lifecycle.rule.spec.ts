import {
  EVENT_ACTIONS,
  EVENT_STATUSES,
  editKind,
  nextStatus,
  type EventAction,
  type EventStatus,
} from './event-lifecycle.rule';

/** The whole table, written out: every (status, action) pair and where it leads (- for a 409). */
const TABLE: Record<EventStatus, Record<EventAction, EventStatus | '-'>> = {
  draft: {
    submit: 'submitted',
    request_changes: '-',
    approve: '-',
    reject: '-',
    cancel: 'cancelled',
    complete: '-',
  },
  submitted: {
    submit: '-',
    request_changes: 'changes_requested',
    approve: 'approved',
    reject: 'rejected',
    cancel: 'cancelled',
    complete: '-',
  },
  changes_requested: {
    submit: 'submitted',
    request_changes: '-',
    approve: '-',
    reject: '-',
    cancel: 'cancelled',
    complete: '-',
  },
  approved: {
    submit: '-',
    request_changes: '-',
    approve: '-',
    reject: '-',
    cancel: 'cancelled',
    complete: 'completed',
  },
  rejected: { submit: '-', request_changes: '-', approve: '-', reject: '-', cancel: '-', complete: '-' },
  completed: { submit: '-', request_changes: '-', approve: '-', reject: '-', cancel: '-', complete: '-' },
  cancelled: { submit: '-', request_changes: '-', approve: '-', reject: '-', cancel: '-', complete: '-' },
};

describe('event lifecycle', () => {
  const pairs = EVENT_STATUSES.flatMap((status) =>
    EVENT_ACTIONS.map((action) => [status, action, TABLE[status][action]] as const),
  );

  it.each(pairs)('%s --%s--> %s', (status, action, expected) => {
    expect(nextStatus(status, action)).toBe(expected === '-' ? null : expected);
  });

  it.each<[EventStatus, ReturnType<typeof editKind>]>([
    ['draft', 'draft'],
    ['changes_requested', 'draft'],
    ['submitted', null],
    ['approved', 'approved_change'],
    ['rejected', null],
    ['completed', null],
    ['cancelled', null],
  ])('an event %s is edited as %s', (status, kind) => {
    expect(editKind(status)).toBe(kind);
  });
});
