import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { answersFromForm, answerSummary, checkInRequest, ruleKey } from './survey';

const survey: Schemas['SurveyDefinitionDto'] = {
  instrument: 'ftnd',
  lowerIsBetter: true,
  bands: [],
  questions: [
    {
      id: 'first',
      type: 'choice',
      text: '早上醒来后多久吸第一支烟？',
      options: [
        { value: 'within_5', label: '5分钟内', score: 3 },
        { value: 'after_60', label: '60分钟以后', score: 0 },
      ],
    },
    { id: 'per_day', type: 'number', text: '您每天吸多少支烟？', min: 0, max: 200 },
    { id: 'mood', type: 'scale', text: '心情', min: 0, max: 10, scored: true },
    { id: 'why', type: 'text', text: '为什么想戒烟？', required: false },
  ],
};

describe('the intake form as answers', () => {
  it('keeps choices and text as strings and numbers as numbers', () => {
    expect(answersFromForm(survey, { first: 'within_5', per_day: 15, mood: 0, why: ' 为了健康 ' })).toEqual({
      first: 'within_5',
      per_day: 15,
      mood: 0,
      why: '为了健康',
    });
  });

  it('leaves out what was not answered, so the server names the question', () => {
    expect(answersFromForm(survey, { first: undefined, per_day: null, why: '   ' })).toEqual({});
  });

  it('reads a number typed as text, and drops one that is not a number', () => {
    expect(answersFromForm(survey, { per_day: ' 12 ', mood: 'abc' })).toEqual({ per_day: 12 });
  });

  it('ignores values of no question', () => {
    expect(answersFromForm(survey, { other: 'x', first: 'after_60' })).toEqual({ first: 'after_60' });
  });
});

describe('the answers as the counsellor reads them', () => {
  it('names each question with its answer, a choice by its label', () => {
    expect(answerSummary(survey, { first: 'within_5', per_day: 15 })).toEqual([
      { id: 'first', question: '早上醒来后多久吸第一支烟？', answer: '5分钟内' },
      { id: 'per_day', question: '您每天吸多少支烟？', answer: '15' },
      { id: 'mood', question: '心情', answer: '—' },
      { id: 'why', question: '为什么想戒烟？', answer: '—' },
    ]);
  });
});

describe('the daily check-in as one request', () => {
  it.each([
    [
      { cigarettes: 0, craving: 4, mood: 'good', lapse: false },
      { cigarettes: 0, craving: 4, mood: 'good', lapse: false },
    ],
    [
      { cigarettes: 2.4, craving: 12, mood: 'bad', lapse: true, note: ' 聚会 ' },
      { cigarettes: 2, craving: 10, mood: 'bad', lapse: true, note: '聚会' },
    ],
    [
      { cigarettes: -1, craving: -3, mood: 'neutral', lapse: false, note: '  ' },
      { cigarettes: 0, craving: 0, mood: 'neutral', lapse: false },
    ],
  ] as const)('%o → %o', (form, expected) => {
    expect(checkInRequest(form)).toEqual(expected);
  });
});

describe('an eligibility rule as a translation key', () => {
  it.each([
    ['smokes every day', 'counselling.rule.smokes_every_day'],
    ['FTND score of 3 or more', 'counselling.rule.FTND_score_of_3_or_more'],
    ['wants to quit within 30 days', 'counselling.rule.wants_to_quit_within_30_days'],
  ])('%s → %s', (message, key) => {
    expect(ruleKey(message)).toBe(key);
  });
});
