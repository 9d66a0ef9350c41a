import {
  AD8_V1,
  INSTRUMENTS,
  MINI_COG_V1,
  MMSE_V1,
  MOCA_V1,
  withClassification,
  type Education,
  type InstrumentDefinition,
} from './instrument-definition';
import { score, type Answers, type ScoringInput } from './scoring';

const consent = { consentRecorded: true };
const primary: Education = { level: 'primary', years: 6 };
const juniorSecondary: Education = { level: 'junior_secondary', years: 9 };
const tertiary: Education = { level: 'tertiary', years: 16 };

/** AD8 answers with `yes` for the first n items, `no` for the rest (and 'unknown' where asked). */
function ad8(yes: number, unknown = 0): Answers {
  return Object.fromEntries(
    AD8_V1.items.map((item, i) => [item.key, i < yes ? 'yes' : i < yes + unknown ? 'unknown' : 'no']),
  );
}

/** Answers whose item points add up to `total`, filling items in order up to their maximum. */
function totalling(definition: InstrumentDefinition, total: number): Answers {
  let left = total;
  const answers: Record<string, number> = {};
  for (const item of definition.items) {
    if (item.kind !== 'points') throw new Error('points items only');
    const options = item.allowed ?? Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
    const take = Math.max(...options.filter((p) => p <= left));
    answers[item.key] = take;
    left -= take;
  }
  if (left !== 0) throw new Error(`cannot make ${total} from ${definition.version}`);
  return answers;
}

function scored(definition: InstrumentDefinition, input: Partial<ScoringInput> & { answers: Answers }) {
  const outcome = score(definition, { ...consent, ...input });
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.refusal)}`);
  return outcome.result;
}

describe('the built-in definitions', () => {
  it.each([...INSTRUMENTS.values()])('$version: its items add up to its maximum', (definition) => {
    const max = definition.items.reduce(
      (sum, item) => sum + (item.kind === 'points' ? item.max : Math.max(...Object.values(item.options))),
      0,
    );
    expect(max).toBe(definition.maxTotal);
  });

  it('has the item counts of the reference facts', () => {
    expect(AD8_V1.items).toHaveLength(8);
    expect(MINI_COG_V1.maxTotal).toBe(5);
    expect(MMSE_V1.maxTotal).toBe(30);
    expect(MOCA_V1.maxTotal).toBe(30);
  });
});

describe('AD8: yes = 1, no and don’t know = 0; 0–1 normal, ≥ 2 positive', () => {
  it.each([
    [0, 0, 0, 'negative'],
    [1, 0, 1, 'negative'],
    [2, 0, 2, 'positive'],
    [3, 0, 3, 'positive'],
    [1, 7, 1, 'negative'],
    [8, 0, 8, 'positive'],
  ] as const)('%i yes and %i don’t know score %i, %s', (yes, unknown, total, classification) => {
    const result = scored(AD8_V1, { answers: ad8(yes, unknown) });
    expect(result).toMatchObject({ rawTotal: total, total, classification, version: 'AD8@1' });
  });

  it('needs no education', () => {
    expect(score(AD8_V1, { ...consent, answers: ad8(3) }).ok).toBe(true);
  });
});

describe('Mini-Cog: recall 0–3 + clock 0 or 2; 0–2 positive, 3–5 negative', () => {
  it.each([
    [0, 0, 0, 'positive'],
    [2, 0, 2, 'positive'],
    [0, 2, 2, 'positive'],
    [3, 0, 3, 'negative'],
    [1, 2, 3, 'negative'],
    [2, 2, 4, 'negative'],
    [3, 2, 5, 'negative'],
  ] as const)('recall %i, clock %i: %i, %s', (word_recall, clock, total, classification) => {
    expect(scored(MINI_COG_V1, { answers: { word_recall, clock } })).toMatchObject({ total, classification });
  });

  it('refuses a clock of 1, which the Mini-Cog does not give', () => {
    const outcome = score(MINI_COG_V1, { ...consent, answers: { word_recall: 2, clock: 1 } });
    expect(outcome).toEqual({
      ok: false,
      refusal: {
        code: 'ANSWERS_INVALID',
        fields: [{ field: 'answers.clock', messages: ['clock must be one of 0, 2'] }],
      },
    });
  });
});

describe('MMSE: impaired at ≤ 17 (no schooling), ≤ 20 (primary), ≤ 24 (secondary or above)', () => {
  it.each([
    ['none', 0, 17, 'positive'],
    ['none', 0, 18, 'negative'],
    ['primary', 6, 20, 'positive'],
    ['primary', 6, 21, 'negative'],
    ['junior_secondary', 9, 24, 'positive'],
    ['junior_secondary', 9, 25, 'negative'],
    ['senior_secondary', 12, 24, 'positive'],
    ['tertiary', 16, 24, 'positive'],
    ['tertiary', 16, 25, 'negative'],
  ] as const)('%s (%i years), %i: %s', (level, years, total, classification) => {
    const result = scored(MMSE_V1, { answers: totalling(MMSE_V1, total), education: { level, years } });
    expect(result).toMatchObject({ total, classification, educationAdjusted: false });
  });

  it.each([
    [9, 'severe'],
    [10, 'moderate'],
    [19, 'moderate'],
    [20, 'mild'],
    [23, 'mild'],
    [24, 'normal'],
  ] as const)('a total of %i is in the %s band', (total, band) => {
    expect(scored(MMSE_V1, { answers: totalling(MMSE_V1, total), education: tertiary }).band).toBe(band);
  });
});

describe('MoCA: +1 with ≤ 12 years of education, capped at 30; < 26 positive', () => {
  it.each([
    [22, 9, 23, true, 'positive'], // the Done-when's resident
    [25, 12, 26, true, 'negative'],
    [24, 12, 25, true, 'positive'],
    [25, 13, 25, false, 'positive'],
    [26, 16, 26, false, 'negative'],
    [30, 6, 30, true, 'negative'], // capped
    [29, 6, 30, true, 'negative'],
  ] as const)('raw %i with %i years: %i (adjusted %s), %s', (raw, years, total, adjusted, classification) => {
    const education: Education = years <= 9 ? { ...juniorSecondary, years } : { ...tertiary, years };
    const result = scored(MOCA_V1, { answers: totalling(MOCA_V1, raw), education });
    expect(result).toMatchObject({ rawTotal: raw, total, educationAdjusted: adjusted, classification });
  });

  it('keeps the version it was scored with when a campaign chooses other cut-offs', () => {
    const lower = withClassification(MOCA_V1, 'MOCA@cn-community', { rule: 'positive_below', threshold: 22 });
    const answers = totalling(MOCA_V1, 22);
    expect(scored(MOCA_V1, { answers, education: primary })).toMatchObject({
      version: 'MOCA@1',
      classification: 'positive',
    });
    expect(scored(lower, { answers, education: primary })).toMatchObject({
      version: 'MOCA@cn-community',
      total: 23,
      classification: 'negative',
    });
    expect(MOCA_V1.classification).toEqual({ rule: 'positive_below', threshold: 26 });
    expect(() => withClassification(MOCA_V1, 'MOCA@1', MOCA_V1.classification)).toThrow(RangeError);
    expect(() => withClassification(MOCA_V1, 'MMSE@2', MOCA_V1.classification)).toThrow(RangeError);
  });
});

describe('what the engine refuses', () => {
  it('any result without a recorded consent', () => {
    expect(score(AD8_V1, { consentRecorded: false, answers: ad8(3) })).toEqual({
      ok: false,
      refusal: { code: 'CONSENT_REQUIRED' },
    });
  });

  it('missing items, unknown items and answers outside an item’s range, each named', () => {
    const answers: Record<string, number | string> = { ...ad8(2), extra: 'yes', month_year: 'maybe' };
    delete answers.judgment;
    const outcome = score(AD8_V1, { ...consent, answers });
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.refusal.code !== 'ANSWERS_INVALID') throw new Error('expected ANSWERS_INVALID');
    expect(outcome.refusal.fields.map((f) => f.field).sort()).toEqual([
      'answers.extra',
      'answers.judgment',
      'answers.month_year',
    ]);
  });

  it.each([
    [{ ...totalling(MMSE_V1, 20), orientation_time: 6 }, 'answers.orientation_time'],
    [{ ...totalling(MMSE_V1, 20), recall: -1 }, 'answers.recall'],
    [{ ...totalling(MMSE_V1, 20), naming: 1.5 }, 'answers.naming'],
    [{ ...totalling(MMSE_V1, 20), naming: '2' }, 'answers.naming'],
  ])('an MMSE item out of range or not a whole number (%#)', (answers, field) => {
    const outcome = score(MMSE_V1, { ...consent, answers, education: primary });
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'ANSWERS_INVALID', fields: [{ field }] } });
  });

  it('a total that does not match the items', () => {
    const outcome = score(MOCA_V1, {
      ...consent,
      answers: totalling(MOCA_V1, 22),
      education: primary,
      statedTotal: 24,
    });
    expect(outcome).toEqual({ ok: false, refusal: { code: 'TOTAL_MISMATCH', stated: 24, computed: 22 } });
    expect(
      score(MOCA_V1, { ...consent, answers: totalling(MOCA_V1, 22), education: primary, statedTotal: 22 }).ok,
    ).toBe(true);
  });

  it.each([MMSE_V1, MOCA_V1])('$version without the resident’s education', (definition) => {
    const answers = totalling(definition, 20);
    expect(score(definition, { ...consent, answers })).toEqual({
      ok: false,
      refusal: { code: 'EDUCATION_REQUIRED' },
    });
    expect(score(definition, { ...consent, answers, education: { level: 'primary', years: -1 } })).toEqual({
      ok: false,
      refusal: { code: 'EDUCATION_REQUIRED' },
    });
  });
});
