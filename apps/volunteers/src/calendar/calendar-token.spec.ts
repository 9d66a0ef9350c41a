import {
  calendarFeedPath,
  hashCalendarToken,
  looksLikeCalendarToken,
  newCalendarToken,
} from './calendar-token';

describe('calendar tokens', () => {
  it('are 43 url-safe characters, different every time, stored as their SHA-256', () => {
    const a = newCalendarToken();
    const b = newCalendarToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashCalendarToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
  });

  it.each([
    ['a real token', newCalendarToken().token, true],
    ['too short', 'abc', false],
    ['with a dot', `${'a'.repeat(42)}.`, false],
    ['a path trick', `../${'a'.repeat(40)}`, false],
  ])('%s → %s', (_name, text, expected) => {
    expect(looksLikeCalendarToken(text)).toBe(expected);
  });

  it('makes the feed path', () => {
    expect(calendarFeedPath('abc')).toBe('/api/calendar/abc.ics');
  });
});
