import { FieldCipher } from '@linkage/crypto';
import { Injectable } from '@nestjs/common';
import type { Answers, ScoredResult } from '@linkage/screening-rules';
import type { ScreeningResult } from './result.entity';

/** The scored outcome as stored (encrypted): what the engine said, less what is kept plain. */
export type Outcome = Pick<
  ScoredResult,
  'itemScores' | 'rawTotal' | 'total' | 'educationAdjusted' | 'classification' | 'band'
>;

/** Encrypts a result's answers and outcome, each bound to the result and field (`result:<id>:answers`). */
@Injectable()
export class ResultFields {
  constructor(private readonly cipher: FieldCipher) {}

  seal(
    resultId: string,
    answers: Answers,
    scored: ScoredResult,
  ): Pick<ScreeningResult, 'answersEnc' | 'outcomeEnc'> {
    const outcome: Outcome = {
      itemScores: scored.itemScores,
      rawTotal: scored.rawTotal,
      total: scored.total,
      educationAdjusted: scored.educationAdjusted,
      classification: scored.classification,
      band: scored.band,
    };
    return {
      answersEnc: this.cipher.encrypt(JSON.stringify(answers), context(resultId, 'answers')),
      outcomeEnc: this.cipher.encrypt(JSON.stringify(outcome), context(resultId, 'outcome')),
    };
  }

  open(result: ScreeningResult): { answers: Answers; outcome: Outcome } {
    return {
      answers: JSON.parse(this.cipher.decrypt(result.answersEnc, context(result.id, 'answers'))) as Answers,
      outcome: JSON.parse(this.cipher.decrypt(result.outcomeEnc, context(result.id, 'outcome'))) as Outcome,
    };
  }
}

const context = (resultId: string, field: string): string => `result:${resultId}:${field}`;
