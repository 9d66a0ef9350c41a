import type { EventAction, EventStatus } from './queries';

export type EventMove = EventAction | 'edit';

/**
 * The buttons an event offers in its status, as the API's transition table has them, to whom: the
 * partner edits and submits (or resubmits) what is theirs to fix; a reviewer (coordinator, admin) asks
 * for changes, approves or rejects what is submitted; on the event's own page (`full`) either may
 * complete an approved event or cancel one not yet final.
 */
export function movesOf(status: EventStatus, reviewer: boolean, full: boolean): EventMove[] {
  const fixing = status === 'draft' || status === 'changes_requested';
  const moves: EventMove[] = [];
  if (fixing && !reviewer) moves.push('edit', 'submit');
  if (status === 'submitted' && reviewer) moves.push('request-changes', 'approve', 'reject');
  if (full && status === 'approved') moves.push('complete');
  if (full && (fixing || status === 'submitted' || status === 'approved')) moves.push('cancel');
  return moves;
}
