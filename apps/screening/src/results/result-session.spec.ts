import { resultSession } from './result-session';

describe('resultSession', () => {
  it.each<[string, string | null, string | null, boolean, string | null]>([
    ['staff name a session', 's1', 's2', true, 's2'],
    ['staff name none (a later visit)', 's1', null, true, null],
    ['a screener’s result carries the resident’s session', 's1', null, false, 's1'],
    ['a screener naming that session', 's1', 's1', false, 's1'],
  ])('%s', (_case, residentSession, given, staff, expected) => {
    expect(resultSession(residentSession, given, staff)).toBe(expected);
  });

  it('refuses a screener naming another session (400 on sessionId)', () => {
    expect(() => resultSession('s1', 's2', false)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
