import { AuditLog, type Principal } from '@linkage/auth';
import { BlindIndex, FieldCipher } from '@linkage/crypto';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import { CampaignDirectory } from '../campaigns/campaign-directory';
import { CampaignError } from '../campaigns/campaign.error';
import { pseudonymOf } from '../pathway/pseudonym';
import { shanghaiDate } from '../results/age-band';
import type { ExportRow } from './export-file';
import { ExportRepository } from './export.repository';

const SEX: Record<string, string> = { male: '男', female: '女' };

/**
 * A campaign's results, de-identified: a stable pseudonym per resident (the same as on referrals),
 * community, birth year and sex, and each result's instrument, total, classification and day. No name,
 * ID number, phone or address; the export is audited.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly exports: ExportRepository,
    private readonly campaigns: CampaignDirectory,
    private readonly cipher: FieldCipher,
    private readonly index: BlindIndex,
    private readonly access: ScreeningAccess,
    private readonly audit: AuditLog,
  ) {}

  async rows(principal: Principal, campaignId: string): Promise<ExportRow[]> {
    const plan = await this.campaigns.planInScope(
      await this.access.scope(principal, 'export.read'),
      campaignId,
    );
    if (!plan) throw new CampaignError('CAMPAIGN_NOT_FOUND', `No campaign with id ${campaignId}.`);
    const sources = await this.exports.results(campaignId);
    const rows = sources.map((s) => {
      // The outcome as the results feature sealed it (`result:<id>:outcome`): the total and classification.
      const outcome = JSON.parse(this.cipher.decrypt(s.outcomeEnc, `result:${s.resultId}:outcome`)) as {
        total: number;
        classification: string;
      };
      return {
        pseudonym: pseudonymOf(this.index, s.residentId),
        community: s.community,
        birthYear: s.birthYear,
        sex: SEX[s.sex] ?? s.sex,
        stage: s.stage,
        instrument: s.instrument,
        version: s.version,
        total: outcome.total,
        classification: outcome.classification === 'positive' ? '阳性' : '阴性',
        screenedOn: shanghaiDate(s.administeredAt),
      };
    });
    await this.audit.record({
      action: 'results.exported',
      recordType: 'campaign',
      recordId: campaignId,
      outcome: 'allowed',
      details: { results: rows.length, deidentified: true },
    });
    return rows;
  }
}
