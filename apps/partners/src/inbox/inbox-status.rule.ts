/**
 * An inbox item's life: received → accepted → completed | declined; an item may also be completed or
 * declined straight from received (the resident came before anyone pressed accept). Completed and
 * declined are final: the sender has been told.
 */
export const INBOX_STATUSES = ['received', 'accepted', 'completed', 'declined'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

const NEXT: Record<InboxStatus, readonly InboxStatus[]> = {
  received: ['accepted', 'completed', 'declined'],
  accepted: ['completed', 'declined'],
  completed: [],
  declined: [],
};

export function canMoveInboxItem(from: InboxStatus, to: InboxStatus): boolean {
  return NEXT[from].includes(to);
}
