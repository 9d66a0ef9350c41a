import { canMoveInboxItem, type InboxStatus } from './inbox-status.rule';

describe('canMoveInboxItem', () => {
  it.each<[InboxStatus, InboxStatus, boolean]>([
    ['received', 'accepted', true],
    ['received', 'completed', true],
    ['received', 'declined', true],
    ['accepted', 'completed', true],
    ['accepted', 'declined', true],
    ['accepted', 'accepted', false],
    ['accepted', 'received', false],
    ['completed', 'declined', false],
    ['completed', 'completed', false],
    ['declined', 'accepted', false],
  ])('%s → %s: %s', (from, to, expected) => {
    expect(canMoveInboxItem(from, to)).toBe(expected);
  });
});
