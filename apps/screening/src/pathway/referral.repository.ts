import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { InboxOutcomeStatus } from '@linkage/contracts';

/** awaiting_consent / awaiting_hospital: blocked, not sent; sent → accepted → completed | declined. */
export const REFERRAL_STATUSES = [
  'awaiting_consent',
  'awaiting_hospital',
  'sent',
  'accepted',
  'completed',
  'declined',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export interface Referral {
  id: string;
  campaignId: string;
  residentId: string;
  community: string;
  resultId: string;
  instrument: string;
  version: string;
  scoreEnc: string;
  organisationId: string | null;
  status: ReferralStatus;
  createdAt: Date;
  sentAt: Date | null;
  acceptedAt: Date | null;
  outcomeStatus: InboxOutcomeStatus | null;
  diagnosisCategory: string | null;
  adviceEnc: string | null;
  outcomeAt: Date | null;
  outcomeByName: string | null;
  lastEventAt: Date | null;
}

const COLUMNS = `id, campaign_id AS campaignId, resident_id AS residentId, community, result_id AS resultId,
  instrument, version, score_enc AS scoreEnc, organisation_id AS organisationId, status,
  created_at AS createdAt, sent_at AS sentAt, accepted_at AS acceptedAt, outcome_status AS outcomeStatus,
  diagnosis_category AS diagnosisCategory, advice_enc AS adviceEnc, outcome_at AS outcomeAt,
  outcome_by_name AS outcomeByName, last_event_at AS lastEventAt`;

/** Referrals of positive stage-2 screens to the campaign's hospital. */
@Injectable()
export class ReferralRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: Tx, r: Referral): Promise<void> {
    await tx.query(
      `INSERT INTO referrals (id, campaign_id, resident_id, community, result_id, instrument, version, score_enc,
         organisation_id, status, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        r.id,
        r.campaignId,
        r.residentId,
        r.community,
        r.resultId,
        r.instrument,
        r.version,
        r.scoreEnc,
        r.organisationId,
        r.status,
        r.createdAt,
      ],
    );
  }

  /** The referral, locked for the rest of the transaction. */
  async lock(tx: Tx, id: string): Promise<Referral | null> {
    const rows: Referral[] = await tx.query(`SELECT ${COLUMNS} FROM referrals WHERE id = ? FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  async markSent(tx: Tx, id: string, organisationId: string, sentAt: Date): Promise<void> {
    await tx.query(`UPDATE referrals SET status = 'sent', organisation_id = ?, sent_at = ? WHERE id = ?`, [
      organisationId,
      sentAt,
      id,
    ]);
  }

  async markBlocked(tx: Tx, id: string, status: 'awaiting_consent' | 'awaiting_hospital'): Promise<void> {
    await tx.query('UPDATE referrals SET status = ? WHERE id = ?', [status, id]);
  }

  async recordAccepted(tx: Tx, id: string, at: Date): Promise<void> {
    await tx.query(
      `UPDATE referrals SET status = 'accepted', accepted_at = ?, last_event_at = ? WHERE id = ?`,
      [at, at, id],
    );
  }

  async recordOutcome(
    tx: Tx,
    id: string,
    outcome: {
      status: 'completed' | 'declined';
      category: string | null;
      adviceEnc: string | null;
      at: Date;
      byName: string;
    },
  ): Promise<void> {
    await tx.query(
      `UPDATE referrals SET status = ?, outcome_status = ?, diagnosis_category = ?, advice_enc = ?, outcome_at = ?,
         outcome_by_name = ?, last_event_at = ? WHERE id = ?`,
      [
        outcome.status,
        outcome.status,
        outcome.category,
        outcome.adviceEnc,
        outcome.at,
        outcome.byName,
        outcome.at,
        id,
      ],
    );
  }

  /** Whether the resident has a referral already (one per resident: a second positive stage 2 adds none). */
  async existsFor(tx: Tx, residentId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query('SELECT 1 FROM referrals WHERE resident_id = ? LIMIT 1', [
      residentId,
    ]);
    return rows.length > 0;
  }

  ofResident(residentId: string): Promise<Referral[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM referrals WHERE resident_id = ? ORDER BY created_at, id`, [
      residentId,
    ]);
  }

  /** A campaign's referrals in some statuses; `sentBefore`: only those sent before then (overdue). */
  inStatuses(
    campaignId: string,
    statuses: readonly ReferralStatus[],
    sentBefore: Date | null,
    limit: number,
  ): Promise<Referral[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM referrals
        WHERE campaign_id = ? AND status IN (?) ${sentBefore ? 'AND sent_at < ?' : ''}
        ORDER BY COALESCE(sent_at, created_at), id LIMIT ?`,
      sentBefore ? [campaignId, statuses, sentBefore, limit] : [campaignId, statuses, limit],
    );
  }
}
