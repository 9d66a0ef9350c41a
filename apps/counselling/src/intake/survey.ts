/**
 * Intake surveys as data: questions of four types, how each scores, the bands of the total and the
 * eligibility rules. Everything here is pure, so a survey, its scoring and its rules are tested by
 * tables (survey.spec.ts) and stored as JSON.
 */

export const QUESTION_TYPES = ['choice', 'number', 'text', 'scale'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface ChoiceOption {
  value: string;
  label: string;
  /** What choosing it adds to the total (0 when left out). */
  score?: number;
}

/** A number's score by range: the first band whose bounds hold the answer (bounds inclusive). */
export interface NumberScoreBand {
  min?: number;
  max?: number;
  score: number;
}

export interface Question {
  id: string;
  type: QuestionType;
  text: string;
  required?: boolean;
  /** choice: the options. */
  options?: ChoiceOption[];
  /** number and scale: the allowed range (scale: both required). */
  min?: number;
  max?: number;
  /** number: its score by range. */
  scoreBands?: NumberScoreBand[];
  /** scale: whether the chosen point counts in the total as it is. */
  scored?: boolean;
}

/** A named range of the total, e.g. FTND 5 → moderate. */
export interface ScoreBand {
  min: number;
  max: number;
  label: string;
}

export interface SurveyDefinition {
  /** The instrument the total is, e.g. `ftnd`; outcome measures are recorded under this name. */
  instrument: string;
  questions: Question[];
  bands: ScoreBand[];
  /** Whether a lower total is better (a dependence score), for reading pre/post change. */
  lowerIsBetter: boolean;
}

/**
 * One eligibility rule: about the total score, or about one answer. All rules must hold. `message`
 * says in words what the rule asks, which is what an unmet rule reports.
 */
export type EligibilityRule =
  | { kind: 'score'; op: ComparisonOp; value: number; message: string }
  | { kind: 'answer'; questionId: string; op: ComparisonOp; value: number | string; message: string }
  | { kind: 'answer_in'; questionId: string; values: string[]; message: string };

export const COMPARISON_OPS = ['eq', 'gte', 'lte', 'gt', 'lt'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export type Answers = Record<string, string | number>;

export interface SurveyResult {
  /** The total, or null for a survey nothing in which scores. */
  score: number | null;
  band: string | null;
  eligible: boolean;
  /** The messages of the rules the answers did not meet. */
  unmet: string[];
}

/** A problem with a survey or with answers, against the field to correct (a 400's details). */
export interface FieldProblem {
  field: string;
  messages: string[];
}

const isScored = (q: Question): boolean =>
  (q.type === 'choice' && (q.options ?? []).some((o) => o.score !== undefined)) ||
  (q.type === 'number' && (q.scoreBands ?? []).length > 0) ||
  (q.type === 'scale' && q.scored === true);

/** What one answer adds to the total (0 for an unscored or missing one). */
export function scoreOf(question: Question, answer: string | number | undefined): number {
  if (answer === undefined) return 0;
  switch (question.type) {
    case 'choice':
      return question.options?.find((o) => o.value === answer)?.score ?? 0;
    case 'number': {
      const n = Number(answer);
      const band = question.scoreBands?.find(
        (b) => (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max),
      );
      return band?.score ?? 0;
    }
    case 'scale':
      return question.scored ? Number(answer) : 0;
    case 'text':
      return 0;
  }
}

export function bandOf(bands: readonly ScoreBand[], score: number): string | null {
  return bands.find((b) => score >= b.min && score <= b.max)?.label ?? null;
}

function compare(actual: number | string, op: ComparisonOp, expected: number | string): boolean {
  if (op === 'eq') return actual === expected;
  const [a, b] = [Number(actual), Number(expected)];
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return op === 'gte' ? a >= b : op === 'lte' ? a <= b : op === 'gt' ? a > b : a < b;
}

/** Whether one rule holds for these answers and this total (an unanswered question meets no rule). */
export function meets(rule: EligibilityRule, answers: Answers, score: number | null): boolean {
  switch (rule.kind) {
    case 'score':
      return score !== null && compare(score, rule.op, rule.value);
    case 'answer': {
      const answer = answers[rule.questionId];
      return answer !== undefined && compare(answer, rule.op, rule.value);
    }
    case 'answer_in': {
      const answer = answers[rule.questionId];
      return answer !== undefined && rule.values.includes(String(answer));
    }
  }
}

/** Scores answers (already checked by answerProblems) and applies the eligibility rules. */
export function evaluate(
  survey: SurveyDefinition,
  rules: readonly EligibilityRule[],
  answers: Answers,
): SurveyResult {
  const scored = survey.questions.filter(isScored);
  const score = scored.length === 0 ? null : scored.reduce((sum, q) => sum + scoreOf(q, answers[q.id]), 0);
  const unmet = rules.filter((rule) => !meets(rule, answers, score)).map((rule) => rule.message);
  return {
    score,
    band: score === null ? null : bandOf(survey.bands, score),
    eligible: unmet.length === 0,
    unmet,
  };
}

/** Whether answers fit the survey: every required question answered, each answer of its question's kind. */
export function answerProblems(survey: SurveyDefinition, answers: Answers): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byId = new Map(survey.questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) {
    if (!byId.has(id))
      problems.push({ field: `answers.${id}`, messages: [`${id} is not a question of this survey`] });
  }
  for (const q of survey.questions) {
    const field = `answers.${q.id}`;
    const answer = answers[q.id];
    if (answer === undefined || answer === '') {
      if (q.required !== false) problems.push({ field, messages: [`${q.id} must be answered`] });
      continue;
    }
    const problem = answerProblem(q, answer);
    if (problem) problems.push({ field, messages: [problem] });
  }
  return problems;
}

function answerProblem(q: Question, answer: string | number): string | null {
  switch (q.type) {
    case 'choice':
      return (q.options ?? []).some((o) => o.value === answer)
        ? null
        : `${q.id} must be one of ${(q.options ?? []).map((o) => o.value).join(', ')}`;
    case 'number':
    case 'scale': {
      if (typeof answer !== 'number' || !Number.isFinite(answer)) return `${q.id} must be a number`;
      if (q.type === 'scale' && !Number.isInteger(answer)) return `${q.id} must be a whole number`;
      if ((q.min !== undefined && answer < q.min) || (q.max !== undefined && answer > q.max)) {
        return `${q.id} must be between ${q.min ?? '-∞'} and ${q.max ?? '∞'}`;
      }
      return null;
    }
    case 'text':
      return typeof answer === 'string' && answer.length <= 2000
        ? null
        : `${q.id} must be text of up to 2000 characters`;
  }
}

/** Whether a survey and its rules make sense: unique ids, options for choices, ranges for scales, rules naming questions. */
export function surveyProblems(survey: SurveyDefinition, rules: readonly EligibilityRule[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  survey.questions.forEach((q, i) => {
    const field = `questions.${i}`;
    if (seen.has(q.id))
      problems.push({ field: `${field}.id`, messages: [`question id ${q.id} is used twice`] });
    seen.add(q.id);
    if (q.type === 'choice') {
      const values = (q.options ?? []).map((o) => o.value);
      if (values.length < 2)
        problems.push({ field: `${field}.options`, messages: ['a choice needs at least two options'] });
      if (new Set(values).size !== values.length)
        problems.push({ field: `${field}.options`, messages: ['option values must be unique'] });
    } else if (q.options !== undefined) {
      problems.push({ field: `${field}.options`, messages: ['only a choice has options'] });
    }
    if (q.type === 'scale' && (q.min === undefined || q.max === undefined || q.min >= q.max)) {
      problems.push({ field: `${field}.max`, messages: ['a scale needs min below max'] });
    }
    if (q.type !== 'number' && q.scoreBands !== undefined)
      problems.push({ field: `${field}.scoreBands`, messages: ['only a number has score bands'] });
  });
  rules.forEach((rule, i) => {
    if (rule.kind !== 'score' && !seen.has(rule.questionId)) {
      problems.push({
        field: `eligibility.${i}.questionId`,
        messages: [`${rule.questionId} is not a question of this survey`],
      });
    }
  });
  return problems;
}

const yesNo = (yesScore: number): ChoiceOption[] => [
  { value: 'yes', label: '是', score: yesScore },
  { value: 'no', label: '否', score: 0 },
];

/**
 * The Fagerström Test for Nicotine Dependence (six items, 0–10, bands from the reference facts), with
 * the two questions the quit group's eligibility asks beside it (they score nothing).
 */
export const FTND_SURVEY: SurveyDefinition = {
  instrument: 'ftnd',
  lowerIsBetter: true,
  questions: [
    {
      id: 'ftnd_first_cigarette',
      type: 'choice',
      text: '早上醒来后多久吸第一支烟？',
      options: [
        { value: 'within_5', label: '5分钟内', score: 3 },
        { value: '6_30', label: '6–30分钟', score: 2 },
        { value: '31_60', label: '31–60分钟', score: 1 },
        { value: 'after_60', label: '60分钟以后', score: 0 },
      ],
    },
    {
      id: 'ftnd_forbidden_places',
      type: 'choice',
      text: '在禁烟场所是否很难忍住不吸烟？',
      options: yesNo(1),
    },
    {
      id: 'ftnd_hate_to_give_up',
      type: 'choice',
      text: '哪一支烟您最不愿意放弃？',
      options: [
        { value: 'first_morning', label: '早上第一支', score: 1 },
        { value: 'any_other', label: '其他任何一支', score: 0 },
      ],
    },
    {
      id: 'ftnd_cigarettes_per_day',
      type: 'number',
      text: '您每天吸多少支烟？',
      min: 0,
      max: 200,
      scoreBands: [
        { max: 10, score: 0 },
        { min: 11, max: 20, score: 1 },
        { min: 21, max: 30, score: 2 },
        { min: 31, score: 3 },
      ],
    },
    {
      id: 'ftnd_morning_more',
      type: 'choice',
      text: '醒来后最初几小时内吸烟是否比一天中其他时间多？',
      options: yesNo(1),
    },
    { id: 'ftnd_when_ill', type: 'choice', text: '卧病在床时是否仍然吸烟？', options: yesNo(1) },
    {
      id: 'smokes_daily',
      type: 'choice',
      text: '您是否每天吸烟？',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否' },
      ],
    },
    { id: 'quit_within_days', type: 'number', text: '您打算在多少天内开始戒烟？', min: 0, max: 365 },
  ],
  bands: [
    { min: 0, max: 2, label: 'very_low' },
    { min: 3, max: 4, label: 'low' },
    { min: 5, max: 5, label: 'moderate' },
    { min: 6, max: 7, label: 'high' },
    { min: 8, max: 10, label: 'very_high' },
  ],
};

/** The quit group's eligibility: smokes daily, FTND ≥ 3, wants to quit within 30 days. */
export const QUIT_GROUP_ELIGIBILITY: EligibilityRule[] = [
  { kind: 'answer', questionId: 'smokes_daily', op: 'eq', value: 'yes', message: 'smokes every day' },
  { kind: 'score', op: 'gte', value: 3, message: 'FTND score of 3 or more' },
  {
    kind: 'answer',
    questionId: 'quit_within_days',
    op: 'lte',
    value: 30,
    message: 'wants to quit within 30 days',
  },
];

/** Built-in surveys a counsellor may start from by name. */
export const SURVEY_TEMPLATES = {
  ftnd: { definition: FTND_SURVEY, eligibility: QUIT_GROUP_ELIGIBILITY },
} as const;
export type SurveyTemplate = keyof typeof SURVEY_TEMPLATES;
