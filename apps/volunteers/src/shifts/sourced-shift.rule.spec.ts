import { keptCapacity } from './sourced-shift.rule';

describe('keptCapacity', () => {
  it.each([
    [5, 0, 5],
    [5, 3, 5],
    [2, 3, 3],
    [3, 3, 3],
    [1, 0, 1],
  ])('asked %i with %i seats taken keeps %i', (count, seatsTaken, kept) => {
    expect(keptCapacity(count, seatsTaken)).toBe(kept);
  });
});
