import { AD8_V1, MINI_COG_V1, MOCA_V1 } from '@linkage/screening-rules';
import { describe, expect, it } from 'vitest';
import { pointChoices, previewOf } from './instrument-preview';

const MOCA_OF_22 = {
  trail_making: 1,
  cube: 1,
  clock: 2,
  naming: 3,
  digits: 2,
  tapping: 1,
  serial_sevens: 2,
  sentence_repetition: 1,
  fluency: 0,
  abstraction: 1,
  delayed_recall: 2,
  orientation: 6,
};

describe('the score shown while entering', () => {
  it('adds the answered items and scores only once every item is answered', () => {
    const partial = previewOf(AD8_V1, { judgment: 'yes', interest: 'no', repeats: 'yes' });
    expect(partial).toMatchObject({ answered: 3, itemCount: 8, runningTotal: 2, scored: null });
  });

  it('classifies a complete AD8 of 3 as positive, as the engine does', () => {
    const answers = Object.fromEntries(AD8_V1.items.map((item, i) => [item.key, i < 3 ? 'yes' : 'no']));
    expect(previewOf(AD8_V1, answers).scored).toMatchObject({ total: 3, classification: 'positive' });
  });

  it('shows the MoCA adjustment for 12 years or fewer: 22 raw, 23 adjusted, positive', () => {
    const scored = previewOf(MOCA_V1, MOCA_OF_22, { level: 'junior_secondary', years: 9 }).scored;
    expect(scored).toMatchObject({
      rawTotal: 22,
      total: 23,
      educationAdjusted: true,
      classification: 'positive',
    });
  });

  it('does not score a stage-2 instrument without education', () => {
    expect(previewOf(MOCA_V1, MOCA_OF_22).scored).toBeNull();
  });

  it('offers only the allowed points (the clock: 0 or 2)', () => {
    expect(pointChoices(MINI_COG_V1.items[1] as never)).toEqual([0, 2]);
    expect(pointChoices({ min: 0, max: 3 })).toEqual([0, 1, 2, 3]);
  });
});
