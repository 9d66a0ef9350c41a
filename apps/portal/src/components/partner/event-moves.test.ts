import { describe, expect, it } from 'vitest';
import { movesOf } from './event-moves';

describe('the moves an event offers', () => {
  it.each([
    // status, reviewer, on its own page, moves
    ['draft', false, true, ['edit', 'submit', 'cancel']],
    ['changes_requested', false, true, ['edit', 'submit', 'cancel']],
    ['changes_requested', false, false, ['edit', 'submit']],
    ['submitted', false, true, ['cancel']],
    ['submitted', true, false, ['request-changes', 'approve', 'reject']],
    ['submitted', true, true, ['request-changes', 'approve', 'reject', 'cancel']],
    ['approved', false, true, ['complete', 'cancel']],
    ['approved', true, false, []],
    ['draft', true, true, ['cancel']],
    ['rejected', true, true, []],
    ['completed', false, true, []],
    ['cancelled', false, true, []],
  ] as const)('%s (reviewer %s, full %s): %j', (status, reviewer, full, moves) => {
    expect(movesOf(status, reviewer, full)).toEqual(moves);
  });
});
