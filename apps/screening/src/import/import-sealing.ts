import { newId } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { type RecordedResult } from '../domain-events/screening-events';
import {
  AD8_V1,
  MINI_COG_V1,
  type InstrumentDefinition,
  type Answers,
  type ScoredResult,
} from '@linkage/screening-rules';
import { ResidentFields } from '../residents/resident-fields';
import { ResultFields } from '../results/result-fields';
import { ageBand, ageOn } from '../results/age-band';
import { ImportRepository } from './import.repository';
import { STAGE1_COLUMNS, type RowProblem, type Stage1Row } from './stage1-form';

/** What a paper form's consent is recorded as: its text version names where it was given. */
export const PAPER_FORM = 'paper form';

export interface PreparedResult {
  row: unknown[];
  event: RecordedResult;
  count: string;
}

export interface Prepared {
  problems: RowProblem[];
  residents: unknown[][];
  consents: unknown[][];
  results: PreparedResult[];
}

/** Turns checked rows into sealed rows (encrypted fields, blind indexes), and finds duplicates. */
@Injectable()
export class ImportSealing {
  constructor(
    private readonly residentFields: ResidentFields,
    private readonly resultFields: ResultFields,
    private readonly imports: ImportRepository,
  ) {}

  async prepare(campaignId: string, rows: Stage1Row[], cells: string[][], by: string): Promise<Prepared> {
    const now = new Date();
    const prepared: Prepared = { problems: [], residents: [], consents: [], results: [] };
    const sealed = rows.map((row) => {
      const id = newId();
      return {
        id,
        row,
        fields: this.residentFields.seal(id, row, {
          idNumber: row.idNumber,
          phone: row.phone,
          address: null,
          informantPhone: null,
        }),
      };
    });
    const already = await this.imports.registered(
      campaignId,
      sealed.flatMap((s) => (s.fields.idNumberHash ? [s.fields.idNumberHash] : [])),
      sealed.map((s) => s.fields.personHash),
    );
    // The spreadsheet's row numbers of the checked rows (empty rows were skipped).
    const rowNumbers = cells.flatMap((c, i) => (c.every((v) => v.trim() === '') ? [] : [i + 2]));
    const seen = new Map<string, number>();
    const column = (key: string): string => STAGE1_COLUMNS.find((c) => c.key === key)!.header;
    sealed.forEach((s, i) => {
      const row = rowNumbers[i];
      const keys = [s.fields.idNumberHash, s.fields.personHash].filter((h): h is string => h !== null);
      const where = s.fields.idNumberHash ? column('idNumber') : column('name');
      if (keys.some((k) => already.has(k)))
        prepared.problems.push({ row, column: where, reason: '该居民已在本次筛查中登记' });
      const twice = keys.map((k) => seen.get(k)).find((r) => r !== undefined);
      if (twice !== undefined)
        prepared.problems.push({ row, column: where, reason: `与第 ${twice} 行是同一位居民` });
      keys.forEach((k) => seen.set(k, row));
    });
    if (prepared.problems.length > 0) return prepared;
    for (const { id, row, fields } of sealed) {
      const screenedAt = new Date(`${row.screenedOn}T04:00:00.000Z`); // noon in Shanghai on the form's day
      prepared.residents.push([
        id,
        campaignId,
        row.name,
        row.sex,
        row.birthDate,
        row.community,
        row.education.level,
        row.education.years,
        fields.idNumberEnc,
        fields.idNumberHash,
        fields.personHash,
        fields.phoneEnc,
        fields.addressEnc,
        row.informant?.name ?? null,
        row.informant?.relation ?? null,
        fields.informantPhoneEnc,
        by,
        now,
        now,
      ]);
      for (const kind of ['screening', 'data_processing'])
        prepared.consents.push([newId(), id, kind, true, PAPER_FORM, by, screenedAt, now]);
      const band = ageBand(ageOn(row.birthDate, row.screenedOn));
      const result = (
        definition: InstrumentDefinition,
        answers: Answers,
        scored: ScoredResult,
      ): PreparedResult => {
        const resultId = newId();
        const { answersEnc, outcomeEnc } = this.resultFields.seal(resultId, answers, scored);
        return {
          row: [
            resultId,
            id,
            campaignId,
            newId(),
            1,
            definition.code,
            definition.version,
            answersEnc,
            outcomeEnc,
            screenedAt,
            by,
            now,
          ],
          count: [campaignId, row.community, 1, definition.code, scored.classification, row.sex, band].join(
            '\u0000',
          ),
          event: {
            resultId,
            residentId: id,
            campaignId,
            community: row.community,
            sex: row.sex,
            birthDate: row.birthDate,
            ageBand: band,
            stage: 1,
            instrument: definition.code,
            version: definition.version,
            classification: scored.classification,
            total: scored.total,
            administeredAt: screenedAt,
          },
        };
      };
      prepared.results.push(
        result(AD8_V1, row.ad8Answers, row.ad8),
        result(MINI_COG_V1, row.miniCogAnswers, row.miniCog),
      );
    }
    return prepared;
  }
}
