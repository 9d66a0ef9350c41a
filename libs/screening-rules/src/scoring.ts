import type { Education, InstrumentDefinition, InstrumentItem } from './instrument-definition';

/** An item that did not validate, and why (the shape of `@linkage/errors`' FieldError, which the API answers with). */
export interface ItemError {
  field: string;
  messages: string[];
}

/** Raw answers as entered: item key → points (a number) or the chosen option (AD8: 'yes' | 'no' | 'unknown'). */
export type Answers = Readonly<Record<string, number | string>>;

export interface ScoringInput {
  answers: Answers;
  /** Required by stage-2 instruments; ignored by the others. */
  education?: Education | null;
  /** The total written on the paper form, when there is one: it must match the items. */
  statedTotal?: number | null;
  /** Every result needs the resident's consent on record first. */
  consentRecorded: boolean;
}

export interface ScoredResult {
  instrument: InstrumentDefinition['code'];
  version: string;
  /** Points per item, as scored (AD8's 'yes' is 1). */
  itemScores: Record<string, number>;
  /** The sum of the items. */
  rawTotal: number;
  /** After the education adjustment, if the instrument has one (else the raw total). */
  total: number;
  educationAdjusted: boolean;
  classification: 'positive' | 'negative';
  /** The severity band of the total, for instruments that define bands. */
  band: string | null;
}

/** Why the engine refuses a result: each reason is one of those screening-instruments.md lists. */
export type ScoringRefusal =
  | { code: 'CONSENT_REQUIRED' }
  | { code: 'EDUCATION_REQUIRED' }
  | { code: 'ANSWERS_INVALID'; fields: ItemError[] }
  | { code: 'TOTAL_MISMATCH'; stated: number; computed: number };

export type ScoringOutcome = { ok: true; result: ScoredResult } | { ok: false; refusal: ScoringRefusal };

/**
 * Scores one administration of an instrument. Pure: the same answers and definition always give the same
 * result. Refuses, rather than guesses, on a missing item, an unknown item, an answer outside its item's
 * range, a stated total that does not match the items, a stage-2 instrument without education, and any
 * result without consent.
 */
export function score(definition: InstrumentDefinition, input: ScoringInput): ScoringOutcome {
  if (!input.consentRecorded) return refuse({ code: 'CONSENT_REQUIRED' });
  const fields = answerErrors(definition, input.answers);
  if (fields.length > 0) return refuse({ code: 'ANSWERS_INVALID', fields });
  if (definition.needsEducation && !validEducation(input.education))
    return refuse({ code: 'EDUCATION_REQUIRED' });

  const itemScores: Record<string, number> = {};
  for (const item of definition.items) itemScores[item.key] = pointsOf(item, input.answers[item.key]);
  const rawTotal = Object.values(itemScores).reduce((sum, p) => sum + p, 0);
  if (input.statedTotal !== undefined && input.statedTotal !== null && input.statedTotal !== rawTotal) {
    return refuse({ code: 'TOTAL_MISMATCH', stated: input.statedTotal, computed: rawTotal });
  }

  const adjustment = definition.educationAdjustment;
  const educationAdjusted = !!adjustment && !!input.education && input.education.years <= adjustment.maxYears;
  const total = educationAdjusted ? Math.min(adjustment.cap, rawTotal + adjustment.points) : rawTotal;
  return {
    ok: true,
    result: {
      instrument: definition.code,
      version: definition.version,
      itemScores,
      rawTotal,
      total,
      educationAdjusted,
      classification: isPositive(definition, total, input.education) ? 'positive' : 'negative',
      band: definition.bands?.find((b) => total >= b.from && total <= b.to)?.band ?? null,
    },
  };
}

const refuse = (refusal: ScoringRefusal): ScoringOutcome => ({ ok: false, refusal });

function answerErrors(definition: InstrumentDefinition, answers: Answers): ItemError[] {
  const errors: ItemError[] = [];
  const known = new Set(definition.items.map((i) => i.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key))
      errors.push({ field: `answers.${key}`, messages: [`${definition.code} has no item ${key}`] });
  }
  for (const item of definition.items) {
    const answer = answers[item.key];
    const problem = answer === undefined || answer === null ? 'is missing' : itemProblem(item, answer);
    if (problem) errors.push({ field: `answers.${item.key}`, messages: [`${item.key} ${problem}`] });
  }
  return errors;
}

function itemProblem(item: InstrumentItem, answer: number | string): string | null {
  if (item.kind === 'choice') {
    return typeof answer === 'string' && Object.hasOwn(item.options, answer)
      ? null
      : `must be one of ${Object.keys(item.options).join(', ')}`;
  }
  if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < item.min || answer > item.max) {
    return `must be a whole number from ${item.min} to ${item.max}`;
  }
  if (item.allowed && !item.allowed.includes(answer)) return `must be one of ${item.allowed.join(', ')}`;
  return null;
}

function pointsOf(item: InstrumentItem, answer: number | string): number {
  return item.kind === 'choice' ? item.options[answer as string] : (answer as number);
}

function validEducation(education: Education | null | undefined): education is Education {
  return !!education && Number.isInteger(education.years) && education.years >= 0 && education.years <= 30;
}

function isPositive(definition: InstrumentDefinition, total: number, education?: Education | null): boolean {
  const c = definition.classification;
  switch (c.rule) {
    case 'positive_from':
      return total >= c.threshold;
    case 'positive_up_to':
      return total <= c.threshold;
    case 'positive_below':
      return total < c.threshold;
    case 'positive_up_to_by_education':
      return total <= c.thresholds[education!.level];
  }
}
