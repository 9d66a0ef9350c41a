import { clashes, overlaps } from './overlap.rule';

const span = (from: string, to: string) => ({
  startsAt: new Date(`2026-09-08T${from}:00+08:00`),
  endsAt: new Date(`2026-09-08T${to}:00+08:00`),
});

describe('overlaps', () => {
  it.each([
    ['the same span', span('09:00', '12:00'), span('09:00', '12:00'), true],
    ['one inside the other', span('09:00', '12:00'), span('10:00', '11:00'), true],
    ['starts during the other', span('09:00', '12:00'), span('11:59', '13:00'), true],
    ['ends during the other', span('09:00', '12:00'), span('08:00', '09:01'), true],
    ['back to back after', span('09:00', '12:00'), span('12:00', '14:00'), false],
    ['back to back before', span('09:00', '12:00'), span('07:00', '09:00'), false],
    ['apart', span('09:00', '12:00'), span('14:00', '16:00'), false],
  ])('%s → %s', (_name, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('clashes', () => {
  it('keeps only the held spans that overlap', () => {
    const held = [
      { id: 'morning', ...span('08:00', '10:00') },
      { id: 'noon', ...span('12:00', '13:00') },
      { id: 'late', ...span('11:30', '12:30') },
    ];
    expect(clashes(span('09:30', '12:00'), held).map((h) => h.id)).toEqual(['morning', 'late']);
    expect(clashes(span('10:00', '11:30'), held)).toEqual([]);
  });
});
