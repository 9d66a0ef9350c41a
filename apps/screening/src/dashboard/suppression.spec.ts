import { figure, rate } from './suppression';

describe('figure', () => {
  it.each<[number, boolean, ReturnType<typeof figure>]>([
    [0, true, { value: 0, suppressed: false }],
    [1, true, { value: null, suppressed: true }],
    [4, true, { value: null, suppressed: true }],
    [5, true, { value: 5, suppressed: false }],
    [120, true, { value: 120, suppressed: false }],
    [3, false, { value: 3, suppressed: false }],
  ])('%i (suppress %s)', (count, suppress, expected) => {
    expect(figure(count, suppress)).toEqual(expected);
  });
});

describe('rate', () => {
  it.each<[number | null, number | null, number | null]>([
    [5, 20, 0.25],
    [2, 3, 0.667],
    [0, 0, null],
    [null, 20, null],
    [5, null, null],
  ])('%s of %s → %s', (part, whole, expected) => {
    const f = (v: number | null) => ({ value: v, suppressed: v === null });
    expect(rate(f(part), f(whole))).toBe(expected);
  });
});
