import { nextInLine, offerExpired, promotion, waitlistOrder, waitlistPositions } from './waitlist.rule';

const entry = (id: string, waitlistTicket: number) => ({ id, waitlistTicket });

describe('waitlistOrder and waitlistPositions', () => {
  it.each([
    ['empty', [], []],
    ['already in order', [entry('a', 1), entry('b', 2)], ['a', 'b']],
    ['out of order', [entry('c', 7), entry('a', 3), entry('b', 5)], ['a', 'b', 'c']],
    ['gaps left by promotions close up', [entry('x', 9), entry('y', 4)], ['y', 'x']],
  ])('%s', (_name, entries, expected) => {
    expect(waitlistOrder(entries).map((e) => e.id)).toEqual(expected);
    expect([...waitlistPositions(entries).entries()]).toEqual(expected.map((id, i) => [id, i + 1]));
  });
});

describe('nextInLine', () => {
  it.each([
    ['nobody waiting', [], [], null],
    ['the lowest ticket', [entry('b', 2), entry('a', 1)], [], 'a'],
    ['skips one passed over', [entry('b', 2), entry('a', 1)], ['a'], 'b'],
    ['everyone passed over', [entry('a', 1)], ['a'], null],
  ])('%s', (_name, entries, passedOver, expected) => {
    expect(nextInLine(entries, new Set(passedOver))?.id ?? null).toBe(expected);
  });
});

describe('promotion', () => {
  const now = new Date('2026-09-01T10:00:00Z');
  it.each([
    ['auto confirms at once', 'auto' as const, 60, { status: 'confirmed', offerExpiresAt: null }],
    [
      'offer holds the seat until the deadline',
      'offer' as const,
      90,
      { status: 'offered', offerExpiresAt: new Date('2026-09-01T11:30:00Z') },
    ],
  ])('%s', (_name, mode, minutes, expected) => {
    expect(promotion(mode, now, minutes)).toEqual(expected);
  });
});

describe('offerExpired', () => {
  const deadline = new Date('2026-09-01T12:00:00Z');
  it.each([
    ['before the deadline', new Date('2026-09-01T11:59:59.999Z'), false],
    ['at the deadline', deadline, true],
    ['after it', new Date('2026-09-02T00:00:00Z'), true],
  ])('%s', (_name, now, expected) => {
    expect(offerExpired(deadline, now)).toBe(expected);
  });
  it('no deadline never expires', () => expect(offerExpired(null, new Date())).toBe(false));
});
