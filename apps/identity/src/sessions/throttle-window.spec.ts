import { longestWait, retryAfterSeconds } from './throttle-window';

const now = new Date('2026-03-01T08:00:00.000Z');
const ago = (seconds: number): Date => new Date(now.getTime() - seconds * 1000);
const rule = { limit: 3, windowMs: 900_000 };

describe('retryAfterSeconds', () => {
  it.each([
    ['no failures', [], null],
    ['fewer than the limit', [ago(1), ago(2)], null],
    [
      'the limit reached: lifts when the oldest counted failure leaves the window',
      [ago(10), ago(20), ago(100)],
      800,
    ],
    ['rounds up to a whole second', [ago(1), ago(2), ago(899.5)], 1],
    ['the oldest counted failure already outside the window', [ago(1), ago(2), ago(900)], null],
  ])('%s', (_name, recent, expected) => {
    expect(retryAfterSeconds(recent, rule, now)).toBe(expected);
  });
});

describe('longestWait', () => {
  it.each([
    [[null, null], null],
    [[30, null], 30],
    [[30, 600], 600],
  ])('%j → %j', (waits, expected) => {
    expect(longestWait(waits)).toBe(expected);
  });
});
