import {
  abstinenceRate,
  figure,
  meanChange,
  MIN_GROUP_SIZE,
  shareImproved,
  type PrePost,
} from './suppression';

const pairs = (...changes: [number, number][]): PrePost[] => changes.map(([pre, post]) => ({ pre, post }));

describe('suppression of small groups', () => {
  it('the threshold is five people', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
  });

  it.each([
    [0, { value: null, n: null, suppressed: true }],
    [1, { value: null, n: null, suppressed: true }],
    [4, { value: null, n: null, suppressed: true }],
    [5, { value: 42, n: 5, suppressed: false }],
    [30, { value: 42, n: 30, suppressed: false }],
  ])('a figure from %i people', (n, expected) => {
    expect(figure(n, () => 42)).toEqual(expected);
  });

  it('never computes a suppressed figure', () => {
    const compute = jest.fn(() => 1);
    figure(2, compute);
    expect(compute).not.toHaveBeenCalled();
  });

  it.each<[string, PrePost[], boolean, number | null, number | null]>([
    ['two members: suppressed', pairs([7, 3], [5, 2]), true, null, null],
    ['five members, lower is better', pairs([7, 3], [5, 2], [6, 6], [4, 5], [8, 4]), true, -2, 0.6],
    ['five members, higher is better', pairs([1, 3], [2, 2], [3, 4], [4, 1], [5, 6]), false, 0.2, 0.6],
  ])('%s', (_name, data, lowerIsBetter, change, improved) => {
    expect(meanChange(data).value).toBe(change);
    expect(shareImproved(data, lowerIsBetter).value).toBe(improved);
  });

  it.each<[('abstinent' | 'smoking')[], number | null]>([
    [['abstinent', 'abstinent'], null],
    [['abstinent', 'smoking', 'abstinent', 'abstinent', 'smoking'], 0.6],
    [['abstinent', 'smoking', 'smoking', 'smoking', 'smoking', 'smoking'], 0.17],
  ])('abstinence rate of %j is %p', (outcomes, rate) => {
    expect(abstinenceRate(outcomes).value).toBe(rate);
  });
});
