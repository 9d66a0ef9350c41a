import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** One result with only what a de-identified export may carry of its resident. */
export interface ExportSource {
  resultId: string;
  residentId: string;
  community: string;
  birthYear: number;
  sex: string;
  stage: number;
  instrument: string;
  version: string;
  outcomeEnc: string;
  administeredAt: Date;
}

/**
 * A campaign's results for export, joined to the resident's community, birth year and sex only: the
 * query never selects a name, an ID number, a phone or an address.
 */
@Injectable()
export class ExportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async results(campaignId: string): Promise<ExportSource[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT x.id, x.resident_id, r.community, YEAR(r.birth_date) AS birth_year, r.sex, x.stage, x.instrument,
              x.version, x.outcome_enc, x.administered_at
         FROM screening_results x JOIN residents r ON r.id = x.resident_id
        WHERE x.campaign_id = ? ORDER BY x.administered_at, x.id`,
      [campaignId],
    );
    return rows.map((r) => ({
      resultId: String(r.id),
      residentId: String(r.resident_id),
      community: String(r.community),
      birthYear: Number(r.birth_year),
      sex: String(r.sex),
      stage: Number(r.stage),
      instrument: String(r.instrument),
      version: String(r.version),
      outcomeEnc: String(r.outcome_enc),
      administeredAt: r.administered_at as Date,
    }));
  }
}
