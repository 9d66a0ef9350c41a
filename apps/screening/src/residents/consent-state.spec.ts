import { consentFor, consentStatus, RESULT_CONSENTS, type ConsentRecord } from './consent-state';

const WHEN = new Date('2026-10-09T02:00:00Z');
const granted = (kind: ConsentRecord['kind']): ConsentRecord => ({ kind, granted: true, withdrawnAt: null });
const refused = (kind: ConsentRecord['kind']): ConsentRecord => ({ kind, granted: false, withdrawnAt: null });
const withdrawn = (kind: ConsentRecord['kind']): ConsentRecord => ({
  kind,
  granted: true,
  withdrawnAt: WHEN,
});

describe('consentStatus', () => {
  it.each<[string, ConsentRecord[], ReturnType<typeof consentStatus>]>([
    ['nothing recorded', [], 'none'],
    ['only another kind', [granted('hospital_sharing')], 'none'],
    ['granted', [granted('screening')], 'granted'],
    ['refused', [refused('screening')], 'refused'],
    ['withdrawn', [withdrawn('screening')], 'withdrawn'],
    ['granted again after a withdrawal', [withdrawn('screening'), granted('screening')], 'granted'],
    ['refused after granting', [granted('screening'), refused('screening')], 'refused'],
  ])('%s', (_name, history, expected) => {
    expect(consentStatus(history, 'screening')).toBe(expected);
  });
});

describe('consentFor a result', () => {
  it.each<[string, ConsentRecord[], ReturnType<typeof consentFor>]>([
    ['both granted', [granted('screening'), granted('data_processing')], { ok: true }],
    ['none', [], { ok: false, reason: 'missing', kinds: ['screening', 'data_processing'] }],
    [
      'data processing refused',
      [granted('screening'), refused('data_processing')],
      { ok: false, reason: 'missing', kinds: ['data_processing'] },
    ],
    [
      'screening withdrawn, data processing missing',
      [withdrawn('screening')],
      { ok: false, reason: 'withdrawn', kinds: ['screening'] },
    ],
    [
      'hospital sharing alone is not enough',
      [granted('hospital_sharing')],
      { ok: false, reason: 'missing', kinds: ['screening', 'data_processing'] },
    ],
  ])('%s', (_name, history, expected) => {
    expect(consentFor(history, RESULT_CONSENTS)).toEqual(expected);
  });
});
