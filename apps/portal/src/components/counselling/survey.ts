import type { Schemas } from '../../api/client';

type Survey = Schemas['SurveyDefinitionDto'];
type Question = Schemas['QuestionDto'];
export type Answers = Record<string, string | number>;

/** The consent texts' version the portal shows (participation and data processing alike). */
export const CONSENT_VERSION = '2026-09';

/**
 * A survey form's values as the API's answers: choices and text as strings (text trimmed), numbers and
 * scale points as numbers; an unanswered question (empty, null) is left out, so the server names it.
 */
export function answersFromForm(survey: Survey, values: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const q of survey.questions) {
    const value = values[q.id];
    // Only what a form control gives: a string or a number (nothing else is an answer).
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    if (q.type === 'number' || q.type === 'scale') {
      const n = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
      if (Number.isFinite(n)) answers[q.id] = n;
    } else {
      const text = String(value).trim();
      if (text !== '') answers[q.id] = text;
    }
  }
  return answers;
}

function answerLabel(q: Question, answer: string | number | undefined): string {
  if (answer === undefined) return '—';
  if (q.type === 'choice') return q.options?.find((o) => o.value === answer)?.label ?? String(answer);
  return String(answer);
}

/** Each question with its answer as a person reads it (a choice's label, not its value). */
export function answerSummary(
  survey: Survey,
  answers: Record<string, unknown>,
): { id: string; question: string; answer: string }[] {
  return survey.questions.map((q) => {
    const raw = answers[q.id];
    const answer = typeof raw === 'string' || typeof raw === 'number' ? raw : undefined;
    return { id: q.id, question: q.text, answer: answerLabel(q, answer) };
  });
}

export interface CheckInForm {
  cigarettes: number;
  craving: number;
  mood: Schemas['CheckInMood'];
  lapse: boolean;
  note?: string;
}

/** The day's check-in as one request (counts whole and in range; an empty note left out). */
export function checkInRequest(form: CheckInForm): Schemas['DailyCheckInDto'] {
  const cigarettes = Math.max(0, Math.round(form.cigarettes));
  const craving = Math.min(10, Math.max(0, Math.round(form.craving)));
  const note = form.note?.trim();
  return {
    cigarettes,
    craving,
    mood: form.mood,
    lapse: form.lapse,
    ...(note ? { note } : {}),
  };
}

/** An eligibility rule's words (English, from the survey's data) as a translation key: `smokes_every_day`. */
export function ruleKey(message: string): string {
  return `counselling.rule.${message.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '')}`;
}
