import { retryDelay } from './retry-delay';

describe('retryDelay', () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [6, 32000],
    [7, 60000],
    [50, 60000],
  ])('after %i failures waits %i ms (no jitter)', (failures, expected) => {
    expect(retryDelay(failures, 1000, 60000, () => 0)).toBe(expected);
  });

  it('jitters down by at most a fifth', () => {
    expect(retryDelay(3, 1000, 60000, () => 1)).toBe(3200);
  });

  it('treats zero failures like the first', () => {
    expect(retryDelay(0, 500, 60000, () => 0)).toBe(500);
  });
});
