import { cancellationDeadline, mayCancel, signupWindow, type WindowState } from './signup-window.rule';

const t = (iso: string) => new Date(`2026-09-${iso}+08:00`);
const start = t('08T09:00:00');

describe('signupWindow', () => {
  it.each<[string, Date, Date | null, Date | null, WindowState, Date]>([
    ['no window: open until the start', t('07T12:00:00'), null, null, 'open', start],
    ['no window: closed at the start', t('08T09:00:00'), null, null, 'closed', start],
    ['before it opens', t('01T07:59:59'), t('01T08:00:00'), null, 'not_open_yet', start],
    ['as it opens', t('01T08:00:00'), t('01T08:00:00'), null, 'open', start],
    ['before it closes', t('07T17:59:59'), null, t('07T18:00:00'), 'open', t('07T18:00:00')],
    ['as it closes', t('07T18:00:00'), null, t('07T18:00:00'), 'closed', t('07T18:00:00')],
    ['closing during the shift', t('08T09:30:00'), null, t('08T10:00:00'), 'open', t('08T10:00:00')],
  ])('%s', (_name, now, opensAt, closesAt, state, closes) => {
    expect(signupWindow(now, { opensAt, closesAt, startsAt: start })).toEqual({
      state,
      opensAt,
      closesAt: closes,
    });
  });
});

describe('mayCancel', () => {
  it.each<[string, Date, number, boolean]>([
    ['well before the cut-off', t('06T09:00:00'), 24, true],
    ['exactly at the cut-off', t('07T09:00:00'), 24, true],
    ['a second after the cut-off', t('07T09:00:01'), 24, false],
    ['no cut-off: until the start', t('08T09:00:00'), 0, true],
    ['no cut-off: not after the start', t('08T09:00:01'), 0, false],
    ['a 48 hour cut-off', t('06T10:00:00'), 48, false],
  ])('%s', (_name, now, cutoffHours, expected) => {
    expect(mayCancel(now, start, cutoffHours)).toBe(expected);
  });

  it('names the deadline', () => {
    expect(cancellationDeadline(start, 24)).toEqual(t('07T09:00:00'));
  });
});
