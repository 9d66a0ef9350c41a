import { decodeCursor, encodeCursor, keysetAfter } from './pagination';

describe('keysetAfter', () => {
  it.each([
    [[], 'a.id', 'DESC', 'a.id < :keysetId'],
    [[], 'a.id', 'ASC', 'a.id > :keysetId'],
    [
      ['s.starts_at'],
      's.id',
      'ASC',
      '(s.starts_at > :keysetKey0 OR (s.starts_at = :keysetKey0 AND s.id > :keysetId))',
    ],
    [
      ['(n.read_at IS NULL)'],
      'n.id',
      'DESC',
      '((n.read_at IS NULL) < :keysetKey0 OR ((n.read_at IS NULL) = :keysetKey0 AND n.id < :keysetId))',
    ],
    [
      ['x.a', 'x.b'],
      'x.id',
      'DESC',
      '(x.a < :keysetKey0 OR (x.a = :keysetKey0 AND (x.b < :keysetKey1 OR (x.b = :keysetKey1 AND x.id < :keysetId))))',
    ],
  ] as const)('orders by %j then %s %s', (by, id, direction, expected) => {
    expect(keysetAfter(by, id, direction)).toBe(expected);
  });
});

describe('cursor', () => {
  const id = '0192b7e2-3c4d-7a1b-8c2d-1e2f3a4b5c6d';

  it('names a row by its id, in the format every list hands out', () => {
    expect(encodeCursor(id)).toBe(Buffer.from(JSON.stringify({ id })).toString('base64url'));
    expect(decodeCursor(encodeCursor(id))).toBe(id);
  });

  it.each(['garbage', Buffer.from('{"id":"x"}').toString('base64url'), ''])('refuses %j', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(
      expect.objectContaining({ code: 'INVALID_CURSOR', kind: 'bad_request' }),
    );
  });
});
