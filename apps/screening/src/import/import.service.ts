import { type Principal } from '@linkage/auth';
import { newId } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ScreeningAccess } from '../access/screening.access';
import { CampaignDirectory } from '../campaigns/campaign-directory';
import { CampaignError } from '../campaigns/campaign.error';
import { ImportSealing } from './import-sealing';
import { ImportWriter } from './import-writer';
import { ImportError } from './import.error';
import { ImportRepository, type ImportSummary } from './import.repository';
import { CSV_TYPE, parseCsv, readXlsx, stage1Template, XLSX_TYPE } from './spreadsheet';
import { checkStage1Rows, headerProblems, type RowProblem } from './stage1-form';

export interface Imported {
  summary: ImportSummary;
  /** False when the same file was imported before: nothing new was written. */
  created: boolean;
}

/**
 * Imports a file of paper stage-1 forms: the whole file is checked first (every bad cell named by row,
 * column and reason, and residents already registered or twice in the file), then every resident with
 * the paper form's consent and every result goes in one transaction, counted and followed along the
 * pathway like results entered one by one. The file's SHA-256 makes a second import of it a no-op.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly imports: ImportRepository,
    private readonly campaigns: CampaignDirectory,
    private readonly seal: ImportSealing,
    private readonly access: ScreeningAccess,
    private readonly writer: ImportWriter,
  ) {}

  /** The template, for a campaign the caller may import into. */
  async template(principal: Principal, campaignId: string): Promise<Buffer> {
    const plan = await this.campaigns.planInScope(
      await this.access.scope(principal, 'import.create'),
      campaignId,
    );
    if (!plan) throw new CampaignError('CAMPAIGN_NOT_FOUND', `No campaign with id ${campaignId}.`);
    return stage1Template();
  }

  async import(
    principal: Principal,
    campaignId: string,
    contentType: string,
    file: Buffer,
  ): Promise<Imported> {
    const plan = await this.campaigns.planInScope(
      await this.access.scope(principal, 'import.create'),
      campaignId,
    );
    const period = plan ? await this.imports.campaignPeriod(campaignId) : null;
    if (!plan || !period) throw new CampaignError('CAMPAIGN_NOT_FOUND', `No campaign with id ${campaignId}.`);
    const sha256 = createHash('sha256').update(file).digest('hex');
    const earlier = await this.imports.findByHash(campaignId, sha256);
    if (earlier) return { summary: earlier, created: false };
    const cells = await readCells(contentType, file);
    const [header = [], ...body] = cells;
    const problems = headerProblems(header);
    if (problems.length > 0) throw rowsInvalid(problems);
    const communities = new Set(
      plan.communities.length > 0 ? plan.communities : body.map((r) => (r[0] ?? '').trim()),
    );
    const check = checkStage1Rows(body, { communities, ...period, today: new Date() });
    if (!check.ok) throw rowsInvalid(check.problems);
    const prepared = await this.seal.prepare(campaignId, check.rows, body, principal.accountId);
    if (prepared.problems.length > 0) throw rowsInvalid(prepared.problems);
    const stage1 = plan.instruments.stage1;
    const summary: ImportSummary = {
      importId: newId(),
      campaignId,
      fileSha256: sha256,
      rows: check.rows.length,
      residents: prepared.residents.length,
      results: prepared.results.filter((r) => stage1.includes(r.event.version)).length,
      stage1Positive: new Set(
        prepared.results
          .filter((r) => stage1.includes(r.event.version) && r.event.classification === 'positive')
          .map((r) => r.event.residentId),
      ).size,
      importedAt: new Date().toISOString(),
    };
    const done = await this.writer.write(
      summary,
      contentType === CSV_TYPE ? 'csv' : 'xlsx',
      prepared,
      stage1,
      principal,
    );
    if (done) return { summary, created: true };
    // The same file imported by a request that committed while this one was checking it.
    return { summary: (await this.imports.findByHash(campaignId, sha256)) ?? summary, created: false };
  }
}

function rowsInvalid(problems: RowProblem[]): ImportError {
  const rows = new Set(problems.map((p) => p.row)).size;
  return new ImportError(
    'IMPORT_ROWS_INVALID',
    `${rows} rows of the file have problems: nothing was imported.`,
    {
      problems,
    },
  );
}

async function readCells(contentType: string, file: Buffer): Promise<string[][]> {
  if (contentType === CSV_TYPE) return parseCsv(file.toString('utf8'));
  if (contentType !== XLSX_TYPE)
    throw new ImportError(
      'IMPORT_FILE_TYPE_UNSUPPORTED',
      'Send the file as text/csv or as an XLSX workbook (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).',
    );
  try {
    return await readXlsx(file);
  } catch {
    throw new ImportError('IMPORT_FILE_UNREADABLE', 'The file could not be read as an XLSX workbook.');
  }
}
