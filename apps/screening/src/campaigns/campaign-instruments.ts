import type { FieldError } from '@linkage/errors';
import { INSTRUMENTS } from '@linkage/screening-rules';

export type Stage = 1 | 2;

/** The instrument versions a campaign uses per stage. */
export interface StageInstruments {
  stage1: readonly string[];
  stage2: readonly string[];
}

/** What a campaign uses unless it says otherwise: AD8 and Mini-Cog first, then MMSE or MoCA. */
export const DEFAULT_INSTRUMENTS: StageInstruments = {
  stage1: ['AD8@1', 'MINI_COG@1'],
  stage2: ['MMSE@1', 'MOCA@1'],
};

/** The versions a definition exists for, for the API documentation and validation messages. */
export const KNOWN_VERSIONS = [...INSTRUMENTS.keys()];

/**
 * What is wrong with a campaign's choice of instruments: a version no definition has, one of the other
 * stage, or one instrument chosen twice for a stage (two AD8 cut-offs at once could not both score).
 */
export function instrumentProblems(choice: StageInstruments): FieldError[] {
  const problems: FieldError[] = [];
  for (const stage of [1, 2] as const) {
    const field = `instruments.stage${stage}`;
    const versions = stage === 1 ? choice.stage1 : choice.stage2;
    const messages: string[] = [];
    const codes = new Set<string>();
    for (const version of versions) {
      const definition = INSTRUMENTS.get(version);
      if (!definition)
        messages.push(`${version} is not a known instrument version (${KNOWN_VERSIONS.join(', ')})`);
      else if (definition.stage !== stage)
        messages.push(`${version} is a stage-${definition.stage} instrument`);
      else if (codes.has(definition.code)) messages.push(`${definition.code} is chosen twice`);
      else codes.add(definition.code);
    }
    if (messages.length > 0) problems.push({ field, messages });
  }
  return problems;
}
