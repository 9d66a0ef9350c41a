/**
 * draft → submitted → changes_requested ⇄ submitted (resubmitted) → approved | rejected; approved →
 * completed | cancelled. A draft, a submitted and a sent-back event can be withdrawn (cancelled) too.
 * rejected, completed and cancelled are final.
 */
export const EVENT_STATUSES = [
  'draft',
  'submitted',
  'changes_requested',
  'approved',
  'rejected',
  'completed',
  'cancelled',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** What moves an event from one status to another (`create` and `change` are recorded in its history too). */
export const EVENT_ACTIONS = [
  'submit',
  'request_changes',
  'approve',
  'reject',
  'cancel',
  'complete',
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

/** Every entry of an event's history: its transitions, its creation and changes made after approval. */
export const EVENT_HISTORY_ACTIONS = ['create', ...EVENT_ACTIONS, 'change'] as const;
export type EventHistoryAction = (typeof EVENT_HISTORY_ACTIONS)[number];

/** The transition table: for each action, the statuses it may start from and the one it leads to. */
export const EVENT_TRANSITIONS: Readonly<
  Record<EventAction, { from: readonly EventStatus[]; to: EventStatus }>
> = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted' },
  request_changes: { from: ['submitted'], to: 'changes_requested' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
  cancel: { from: ['draft', 'submitted', 'changes_requested', 'approved'], to: 'cancelled' },
  complete: { from: ['approved'], to: 'completed' },
};

/** The status the action leads to from `current`, or null when the table has no such move. */
export function nextStatus(current: EventStatus, action: EventAction): EventStatus | null {
  const transition = EVENT_TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : null;
}

/**
 * How an event in this status may be edited: freely while it is the partner's to fix (a draft, sent
 * back for changes); as a change that volunteers' shifts follow once approved (coordinators only);
 * not at all while under review or once final.
 */
export function editKind(status: EventStatus): 'draft' | 'approved_change' | null {
  if (status === 'draft' || status === 'changes_requested') return 'draft';
  if (status === 'approved') return 'approved_change';
  return null;
}
