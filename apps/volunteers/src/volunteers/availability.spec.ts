import { normaliseAvailability } from './availability';

describe('normaliseAvailability', () => {
  it.each([
    ['empty stays empty', [], []],
    [
      'sorts by weekday, then start, then end',
      [
        { weekday: 6, from: '14:00', to: '17:00' },
        { weekday: 2, from: '09:00', to: '12:00' },
        { weekday: 6, from: '08:00', to: '11:00' },
      ],
      [
        { weekday: 2, from: '09:00', to: '12:00' },
        { weekday: 6, from: '08:00', to: '11:00' },
        { weekday: 6, from: '14:00', to: '17:00' },
      ],
    ],
    [
      'drops exact repeats only',
      [
        { weekday: 1, from: '09:00', to: '12:00' },
        { weekday: 1, from: '09:00', to: '12:00' },
        { weekday: 1, from: '09:00', to: '11:00' },
      ],
      [
        { weekday: 1, from: '09:00', to: '11:00' },
        { weekday: 1, from: '09:00', to: '12:00' },
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(normaliseAvailability(input)).toEqual(expected);
  });
});
