import type { Tx } from '@linkage/database';
import { isDuplicateEntry } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { chunks } from '../pathway/chunks';

export interface ImportSummary {
  importId: string;
  campaignId: string;
  fileSha256: string;
  rows: number;
  residents: number;
  results: number;
  stage1Positive: number;
  importedAt: string;
}

/**
 * The rows an import writes, all in the caller's transaction: residents with their consents, results
 * with their counts (the same tables and counts as one by one), and the import's own row whose unique
 * file hash makes a second import of the same file find the first. Written with multi-row INSERTs.
 */
@Injectable()
export class ImportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByHash(campaignId: string, sha256: string): Promise<ImportSummary | null> {
    const rows: { summary: string }[] = await this.db.query(
      'SELECT summary FROM screening_imports WHERE campaign_id = ? AND file_sha256 = ?',
      [campaignId, sha256],
    );
    return rows[0] ? (JSON.parse(rows[0].summary) as ImportSummary) : null;
  }

  /** Claims the file for this import; false when the same file was imported (by a request racing this one). */
  async claim(tx: Tx, summary: ImportSummary, format: string, by: string): Promise<boolean> {
    try {
      await tx.query(
        `INSERT INTO screening_imports (id, campaign_id, file_sha256, format, summary, imported_by, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          summary.importId,
          summary.campaignId,
          summary.fileSha256,
          format,
          JSON.stringify(summary),
          by,
          new Date(summary.importedAt),
        ],
      );
      return true;
    } catch (error) {
      if (isDuplicateEntry(error)) return false;
      throw error;
    }
  }

  async campaignPeriod(campaignId: string): Promise<{ startsOn: string; endsOn: string } | null> {
    const rows: { startsOn: string; endsOn: string }[] = await this.db.query(
      `SELECT DATE_FORMAT(starts_on, '%Y-%m-%d') AS startsOn, DATE_FORMAT(ends_on, '%Y-%m-%d') AS endsOn
         FROM campaigns WHERE id = ?`,
      [campaignId],
    );
    return rows[0] ?? null;
  }

  /** Which of these blind-index hashes a resident of the campaign already has. */
  async registered(campaignId: string, idHashes: string[], personHashes: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const part of chunks(idHashes)) {
      const rows: { h: string }[] = await this.db.query(
        'SELECT id_number_hash AS h FROM residents WHERE campaign_id = ? AND id_number_hash IN (?)',
        [campaignId, part],
      );
      rows.forEach((r) => found.add(r.h));
    }
    for (const part of chunks(personHashes)) {
      const rows: { h: string }[] = await this.db.query(
        'SELECT person_hash AS h FROM residents WHERE campaign_id = ? AND person_hash IN (?)',
        [campaignId, part],
      );
      rows.forEach((r) => found.add(r.h));
    }
    return found;
  }

  async insertRows(
    tx: Tx,
    table: string,
    columns: readonly string[],
    rows: readonly unknown[][],
  ): Promise<void> {
    for (const part of chunks(rows)) {
      await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ?`, [part]);
    }
  }

  async addCounts(tx: Tx, rows: readonly unknown[][]): Promise<void> {
    for (const part of chunks(rows)) {
      await tx.query(
        `INSERT INTO screening_counts (campaign_id, community, stage, instrument, classification, sex, age_band, count)
         VALUES ? ON DUPLICATE KEY UPDATE count = count + VALUES(count)`,
        [part],
      );
    }
  }
}
