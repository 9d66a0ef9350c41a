import {
  answerProblems,
  evaluate,
  FTND_SURVEY,
  QUIT_GROUP_ELIGIBILITY,
  surveyProblems,
  type Answers,
  type SurveyDefinition,
} from './survey';
import { ftndAnswers } from '../../test/ftnd-answers';

describe('FTND scoring', () => {
  it.each([
    [0, 'very_low'],
    [2, 'very_low'],
    [3, 'low'],
    [4, 'low'],
    [5, 'moderate'],
    [6, 'high'],
    [7, 'high'],
    [8, 'very_high'],
    [10, 'very_high'],
  ])('a total of %i is %s dependence', (points, band) => {
    expect(evaluate(FTND_SURVEY, [], ftndAnswers(points))).toMatchObject({ score: points, band });
  });

  it.each([
    [10, 0],
    [11, 1],
    [20, 1],
    [21, 2],
    [30, 2],
    [31, 3],
    [60, 3],
  ])('%i cigarettes a day score %i', (perDay, points) => {
    expect(evaluate(FTND_SURVEY, [], ftndAnswers(0, { ftnd_cigarettes_per_day: perDay })).score).toBe(points);
  });

  it.each([
    ['within_5', 3],
    ['6_30', 2],
    ['31_60', 1],
    ['after_60', 0],
  ])('the first cigarette %s after waking scores %i', (when, points) => {
    expect(evaluate(FTND_SURVEY, [], ftndAnswers(0, { ftnd_first_cigarette: when })).score).toBe(points);
  });
});

describe('quit group eligibility', () => {
  it.each<[string, Answers, boolean, string[]]>([
    ['FTND 2', ftndAnswers(2), false, ['FTND score of 3 or more']],
    ['FTND 3', ftndAnswers(3), true, []],
    ['FTND 5', ftndAnswers(5), true, []],
    ['FTND 7', ftndAnswers(7), true, []],
    ['not daily', ftndAnswers(7, { smokes_daily: 'no' }), false, ['smokes every day']],
    ['quits in 30 days', ftndAnswers(5, { quit_within_days: 30 }), true, []],
    ['quits in 31 days', ftndAnswers(5, { quit_within_days: 31 }), false, ['wants to quit within 30 days']],
    [
      'none met',
      ftndAnswers(0, { smokes_daily: 'no', quit_within_days: 90 }),
      false,
      ['smokes every day', 'FTND score of 3 or more', 'wants to quit within 30 days'],
    ],
  ])('%s', (_name, answers, eligible, unmet) => {
    expect(evaluate(FTND_SURVEY, QUIT_GROUP_ELIGIBILITY, answers)).toMatchObject({ eligible, unmet });
  });
});

describe('a survey of every question type', () => {
  const survey: SurveyDefinition = {
    instrument: 'worries',
    lowerIsBetter: true,
    questions: [
      { id: 'sleep', type: 'scale', text: '睡眠困扰', min: 0, max: 4, scored: true },
      { id: 'mood', type: 'scale', text: '情绪', min: 1, max: 5 },
      { id: 'age', type: 'number', text: '年龄', min: 15, max: 40 },
      {
        id: 'grade',
        type: 'choice',
        text: '年级',
        options: [
          { value: 'y1', label: '大一', score: 1 },
          { value: 'y2', label: '大二' },
        ],
      },
      { id: 'story', type: 'text', text: '想说的话', required: false },
    ],
    bands: [{ min: 0, max: 5, label: 'some' }],
  };

  it('sums scored scales and choices, and names the band', () => {
    expect(evaluate(survey, [], { sleep: 3, mood: 5, age: 19, grade: 'y1' })).toEqual({
      score: 4,
      band: 'some',
      eligible: true,
      unmet: [],
    });
  });

  it('reports each bad answer against its field', () => {
    expect(answerProblems(survey, { sleep: 2.5, mood: 9, age: '十九', grade: 'y3', extra: 1 })).toEqual([
      { field: 'answers.extra', messages: ['extra is not a question of this survey'] },
      { field: 'answers.sleep', messages: ['sleep must be a whole number'] },
      { field: 'answers.mood', messages: ['mood must be between 1 and 5'] },
      { field: 'answers.age', messages: ['age must be a number'] },
      { field: 'answers.grade', messages: ['grade must be one of y1, y2'] },
    ]);
    expect(answerProblems(survey, { sleep: 1, mood: 1, age: 20, grade: 'y2' })).toEqual([]);
  });

  it('finds what makes no sense in a survey', () => {
    const bad: SurveyDefinition = {
      ...survey,
      questions: [
        { id: 'a', type: 'choice', text: 'A', options: [{ value: 'x', label: 'X' }] },
        { id: 'a', type: 'scale', text: 'B', min: 3, max: 3 },
      ],
    };
    expect(
      surveyProblems(bad, [{ kind: 'answer', questionId: 'zz', op: 'eq', value: 1, message: 'zz' }]).map(
        (p) => p.field,
      ),
    ).toEqual(['questions.0.options', 'questions.1.id', 'questions.1.max', 'eligibility.0.questionId']);
    expect(surveyProblems(FTND_SURVEY, QUIT_GROUP_ELIGIBILITY)).toEqual([]);
  });
});
