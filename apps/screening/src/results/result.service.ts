import { AuditLog, type Principal } from '@linkage/auth';
import { duplicateKeyOf, newId, type Page } from '@linkage/database';
import { assertUnreachable, RequestValidationError } from '@linkage/errors';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import { ScreeningEvents } from '../domain-events/screening-events';
import {
  INSTRUMENTS,
  type InstrumentDefinition,
  score,
  type ScoredResult,
  type ScoringRefusal,
} from '@linkage/screening-rules';
import type { ReadPurpose } from '../residents/access-reason';
import { isInTheFuture } from '../residents/device-time';
import { ResidentDirectory, type ResidentForResult } from '../residents/resident-directory';
import { ageBand, ageOn, shanghaiDate } from './age-band';
import { ResultFields } from './result-fields';
import { resultSession } from './result-session';
import type { ListResultsQuery, RecordResultDto, ResultView } from './result.dto';
import { ScreeningResult } from './result.entity';
import { ResultError } from './result.error';
import { ResultRepository } from './result.repository';

export interface Recorded {
  result: ResultView;
  /** False when the clientId named a result stored before (an offline retry): nothing new was stored. */
  created: boolean;
}

/** Entering screening results (scored by the engine, stored encrypted, counted) and reading them back. */
@Injectable()
export class ResultService {
  constructor(
    private readonly results: ResultRepository,
    private readonly residents: ResidentDirectory,
    private readonly fields: ResultFields,
    private readonly access: ScreeningAccess,
    private readonly audit: AuditLog,
    private readonly events: ScreeningEvents,
  ) {}

  async record(
    principal: Principal,
    residentId: string,
    input: RecordResultDto,
    purpose: ReadPurpose,
  ): Promise<Recorded> {
    const administeredAt = input.administeredAt ? new Date(input.administeredAt) : new Date();
    if (isInTheFuture(administeredAt)) {
      throw new RequestValidationError([
        { field: 'administeredAt', messages: ['administeredAt is in the future'] },
      ]);
    }
    const scope = await this.access.scope(principal, 'result.create');
    const actsForStation = await this.access.can(principal, 'result.create');
    let stored: { result: ScreeningResult; created: boolean } | null;
    try {
      // The resident's row lock serialises its results: a retry waits for the first and finds it.
      stored = await this.residents.withLockedForResult(scope, residentId, async (tx, resident) => {
        const earlier = await this.results.findByClientId(input.clientId, tx);
        if (earlier) return { result: this.sameResident(earlier, residentId), created: false };

        const definition = allowedDefinition(resident, input.version);
        const scored = scoreFor(definition, resident, input);
        const result = Object.assign(new ScreeningResult(), {
          id: newId(),
          residentId,
          campaignId: resident.campaignId,
          clientId: input.clientId,
          stage: definition.stage,
          instrument: definition.code,
          version: definition.version,
          sessionId: resultSession(resident.sessionId, input.sessionId ?? null, actsForStation),
          administeredAt,
          recordedBy: principal.accountId,
          recordedAt: new Date(),
        });
        Object.assign(result, this.fields.seal(result.id, input.answers, scored));
        const band = ageBand(ageOn(resident.birthDate, shanghaiDate(administeredAt)));
        await this.results.insert(tx, result, {
          campaignId: resident.campaignId,
          community: resident.community,
          stage: definition.stage,
          instrument: definition.code,
          classification: scored.classification,
          sex: resident.sex,
          ageBand: band,
        });
        // The pathway follows in this transaction (a stage-2 task, a referral): stored together or not at all.
        await this.events.publish(tx, 'screening.results.recorded', {
          results: [
            {
              resultId: result.id,
              residentId,
              campaignId: resident.campaignId,
              community: resident.community,
              sex: resident.sex,
              birthDate: resident.birthDate,
              ageBand: band,
              stage: definition.stage,
              instrument: definition.code,
              version: definition.version,
              classification: scored.classification,
              total: scored.total,
              administeredAt,
            },
          ],
        });
        await this.audit.record(
          {
            action: 'result.recorded',
            recordType: 'resident',
            recordId: residentId,
            outcome: 'allowed',
            details: { endpoint: purpose.endpoint, resultId: result.id, version: definition.version },
          },
          tx,
        );
        return { result, created: true };
      });
    } catch (error) {
      // The same clientId committed by a request that was not waiting on this resident's lock.
      if (duplicateKeyOf(error) === null) throw error;
      const earlier = await this.results.findByClientId(input.clientId);
      if (!earlier) throw error;
      stored = { result: this.sameResident(earlier, residentId), created: false };
    }
    if (!stored) return this.residents.notFound('result.create', residentId);
    if (!stored.created) {
      await this.audit.record({
        action: 'result.replayed',
        recordType: 'resident',
        recordId: residentId,
        outcome: 'allowed',
        details: { endpoint: purpose.endpoint, resultId: stored.result.id, clientId: input.clientId },
      });
    }
    return { result: this.view(stored.result), created: stored.created };
  }

  /** A resident's results, decrypted; the read is audited with the reason given. */
  async list(
    principal: Principal,
    residentId: string,
    query: ListResultsQuery,
    purpose: ReadPurpose,
  ): Promise<Page<ResultView>> {
    const scope = await this.access.scope(principal, 'result.read');
    if (!(await this.residents.inScope(scope, residentId)))
      return this.residents.notFound('result.read', residentId);
    const page = await this.results.list(scope, residentId, query);
    const items = page.items.map((r) => this.view(r));
    await this.audit.record({
      action: 'result.read',
      recordType: 'resident',
      recordId: residentId,
      outcome: 'allowed',
      details: { ...purpose, resultIds: items.map((r) => r.id) },
    });
    return { items, nextCursor: page.nextCursor };
  }

  private sameResident(earlier: ScreeningResult, residentId: string): ScreeningResult {
    if (earlier.residentId !== residentId) {
      throw new ResultError(
        'RESULT_CLIENT_ID_CONFLICT',
        `The clientId ${earlier.clientId} already names a result of another resident.`,
      );
    }
    return earlier;
  }

  private view(r: ScreeningResult): ResultView {
    const { answers, outcome } = this.fields.open(r);
    return {
      id: r.id,
      residentId: r.residentId,
      clientId: r.clientId,
      stage: r.stage,
      instrument: r.instrument,
      version: r.version,
      sessionId: r.sessionId,
      answers,
      ...outcome,
      administeredAt: r.administeredAt.toISOString(),
      recordedBy: r.recordedBy,
      recordedAt: r.recordedAt.toISOString(),
    };
  }
}

/** The definition of a version the resident's campaign uses, at either stage. */
function allowedDefinition(resident: ResidentForResult, version: string): InstrumentDefinition {
  const { stage1, stage2 } = resident.instruments;
  const definition = [...stage1, ...stage2].includes(version) ? INSTRUMENTS.get(version) : undefined;
  if (!definition) {
    throw new ResultError('RESULT_INSTRUMENT_NOT_ALLOWED', `The campaign does not use ${version}.`, {
      allowed: { stage1, stage2 },
    });
  }
  return definition;
}

/** Consent first (a withdrawal says so), then the engine; its refusals become this module's errors. */
function scoreFor(
  definition: InstrumentDefinition,
  resident: ResidentForResult,
  input: RecordResultDto,
): ScoredResult {
  if (!resident.consent.ok && resident.consent.reason === 'withdrawn') {
    throw new ResultError(
      'RESULT_CONSENT_WITHDRAWN',
      `The resident withdrew consent (${resident.consent.kinds.join(', ')}): no further results are recorded.`,
      { kinds: resident.consent.kinds },
    );
  }
  const outcome = score(definition, {
    answers: input.answers,
    education: resident.education,
    statedTotal: input.statedTotal ?? null,
    consentRecorded: resident.consent.ok,
  });
  if (outcome.ok) return outcome.result;
  throw refusalError(definition, outcome.refusal, resident);
}

function refusalError(
  definition: InstrumentDefinition,
  refusal: ScoringRefusal,
  resident: ResidentForResult,
): ResultError | RequestValidationError {
  switch (refusal.code) {
    case 'CONSENT_REQUIRED':
      return new ResultError(
        'RESULT_CONSENT_REQUIRED',
        'The resident’s consent to screening and data processing must be recorded before a result.',
        { kinds: resident.consent.ok ? [] : resident.consent.kinds },
      );
    case 'EDUCATION_REQUIRED':
      return new ResultError(
        'RESULT_EDUCATION_REQUIRED',
        `${definition.version} is scored against education: record the resident’s education level and years first.`,
      );
    case 'ANSWERS_INVALID':
      return new RequestValidationError(refusal.fields);
    case 'TOTAL_MISMATCH':
      return new ResultError(
        'RESULT_TOTAL_MISMATCH',
        `The stated total ${refusal.stated} does not match the items, which add up to ${refusal.computed}.`,
        { stated: refusal.stated, computed: refusal.computed },
      );
    default:
      return assertUnreachable(refusal);
  }
}
