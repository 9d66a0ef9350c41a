import {
  score,
  type Answers,
  type Education,
  type InstrumentDefinition,
  type ScoredResult,
} from '@linkage/screening-rules';

/** What the form shows while the items are being answered: the engine's own scoring, as far as it goes. */
export interface Preview {
  answered: number;
  itemCount: number;
  /** The sum of the items answered so far. */
  runningTotal: number;
  /** Every item answered (and education known where needed): the engine's result; the server's is the truth. */
  scored: ScoredResult | null;
}

/**
 * Scores what has been entered with the same pure engine the screening service uses
 * (`@linkage/screening-rules`), so the total on the tablet is the one the server will compute.
 */
export function previewOf(
  definition: InstrumentDefinition,
  answers: Answers,
  education?: Education | null,
): Preview {
  let runningTotal = 0;
  let answered = 0;
  for (const item of definition.items) {
    const answer = answers[item.key];
    if (answer === undefined) continue;
    answered += 1;
    runningTotal += item.kind === 'choice' ? (item.options[answer as string] ?? 0) : Number(answer);
  }
  const outcome =
    answered === definition.items.length
      ? score(definition, { answers, education: education ?? null, consentRecorded: true })
      : null;
  return {
    answered,
    itemCount: definition.items.length,
    runningTotal,
    scored: outcome?.ok ? outcome.result : null,
  };
}

/** The values a points item offers, as buttons (Mini-Cog's clock: 0 or 2). */
export function pointChoices(item: { min: number; max: number; allowed?: readonly number[] }): number[] {
  if (item.allowed) return [...item.allowed];
  return Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
}

/** The instrument's name as people say it. */
export function instrumentName(code: string): string {
  return code === 'MINI_COG' ? 'Mini-Cog' : code === 'MOCA' ? 'MoCA' : code;
}
