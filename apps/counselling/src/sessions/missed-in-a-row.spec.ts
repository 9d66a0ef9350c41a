import { missedInARow } from './missed-in-a-row';

describe('missedInARow', () => {
  it.each<[('present' | 'absent')[], number]>([
    [[], 0],
    [['present'], 0],
    [['absent'], 1],
    [['present', 'absent', 'absent'], 2],
    [['absent', 'absent', 'present'], 0],
    [['absent', 'present', 'absent'], 1],
    [['absent', 'absent', 'absent'], 3],
  ])('%j → %i', (register, expected) => {
    expect(missedInARow(register)).toBe(expected);
  });
});
