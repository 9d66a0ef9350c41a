import { describe, expect, it } from 'vitest';
import { outcomeCategoryKey, referralFacts, referralOutcomeBody } from './referral-outcome';

describe('a screening referral in the hospital inbox', () => {
  it('reads the de-identified facts the screening service sent', () => {
    expect(
      referralFacts({
        pseudonym: 'R-3f9a0c21d4',
        age: 74,
        sex: '女',
        community: '滨海路社区',
        instrument: 'MOCA@1',
        score: 23,
        screenedOn: '2026-10-24',
      }),
    ).toEqual({
      pseudonym: 'R-3f9a0c21d4',
      age: 74,
      sex: '女',
      community: '滨海路社区',
      instrument: 'MOCA@1',
      score: 23,
      screenedOn: '2026-10-24',
    });
  });

  it('leaves blank what a sender left out', () => {
    expect(referralFacts(null)).toEqual({
      pseudonym: '',
      age: null,
      sex: '',
      community: '',
      instrument: '',
      score: null,
      screenedOn: null,
    });
    expect(referralFacts({ age: '81', score: 'x' })).toMatchObject({ age: 81, score: null });
  });

  it('sends a completed assessment with its diagnosis and advice', () => {
    expect(
      referralOutcomeBody({
        step: 'complete',
        diagnosis: 'diagnosed_mci',
        notes: ' 三个月后复查 ',
        declineReason: 'resident_refused',
      }),
    ).toEqual({ status: 'completed', category: 'diagnosed_mci', notes: '三个月后复查' });
  });

  it('sends a decline with its reason', () => {
    expect(
      referralOutcomeBody({ step: 'decline', declineReason: 'resident_unreachable', notes: '' }),
    ).toEqual({
      status: 'declined',
      category: 'resident_unreachable',
      notes: undefined,
    });
  });

  it.each([
    ['diagnosed_dementia', 'referralInbox.diagnoses.diagnosed_dementia'],
    ['resident_refused', 'referralInbox.declineReasons.resident_refused'],
    ['no_show', null],
    [null, null],
  ])('names the category %s by %s', (category, key) => {
    expect(outcomeCategoryKey(category)).toBe(key);
  });
});
