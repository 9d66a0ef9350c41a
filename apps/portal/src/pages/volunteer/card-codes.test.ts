import { describe, expect, it } from 'vitest';
import {
  keepableCodes,
  pickCardCode,
  secondsOfCodesLeft,
  secondsToRotation,
  type CardCode,
} from './card-codes';

const t0 = Date.parse('2026-12-01T01:00:00.000Z');
const codes: CardCode[] = [0, 1, 2].map((i) => ({
  code: `c${i}`,
  validFrom: new Date(t0 + i * 30_000).toISOString(),
  rotatesAt: new Date(t0 + (i + 1) * 30_000).toISOString(),
}));

describe('the card’s codes, picked by the phone’s clock', () => {
  it.each([
    ['the first window', 5_000, 'c0'],
    ['the start of the second', 30_000, 'c1'],
    ['the end of the last', 89_999, 'c2'],
    ['after the last', 90_000, null],
    ['before the first', -1, null],
  ])('in %s', (_name, offset, expected) => {
    expect(pickCardCode(codes, t0 + offset)?.code ?? null).toBe(expected);
  });

  it('says how long the codes last and when the shown one rotates', () => {
    expect(secondsOfCodesLeft(codes, t0 + 10_000)).toBe(80);
    expect(secondsOfCodesLeft([], t0)).toBe(0);
    expect(secondsToRotation(codes[0], t0 + 10_200)).toBe(20);
    expect(secondsToRotation(null, t0)).toBe(0);
  });

  it('keeps only codes not yet past', () => {
    expect(keepableCodes(codes, t0 + 45_000).map((c) => c.code)).toEqual(['c1', 'c2']);
  });
});
