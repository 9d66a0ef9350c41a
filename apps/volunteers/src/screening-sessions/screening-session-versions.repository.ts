import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';

/** screening_session_versions: which version of each screening session its shifts follow. */
@Injectable()
export class ScreeningSessionVersionsRepository {
  /**
   * The version of the session applied so far (0 for a session first heard of), its row locked for the
   * rest of `tx`: made first, so two replicas applying the first two copies of a session are serialised
   * too, which a lock on a missing row would not do.
   */
  async claim(tx: Tx, sessionId: string): Promise<number> {
    await tx.query(
      `INSERT INTO screening_session_versions (session_id, version) VALUES (?, 0)
       ON DUPLICATE KEY UPDATE session_id = session_id`,
      [sessionId],
    );
    const [row] = await tx.query<{ version: number }[]>(
      'SELECT version FROM screening_session_versions WHERE session_id = ? FOR UPDATE',
      [sessionId],
    );
    return Number(row.version);
  }

  /** Records the version now applied (under the lock `claim` took). */
  async applied(
    tx: Tx,
    sessionId: string,
    change: { version: number; campaignId?: string; cancelledAt?: Date },
  ): Promise<void> {
    await tx.query(
      `UPDATE screening_session_versions
          SET version = ?, campaign_id = COALESCE(?, campaign_id), cancelled_at = COALESCE(?, cancelled_at)
        WHERE session_id = ?`,
      [change.version, change.campaignId ?? null, change.cancelledAt ?? null, sessionId],
    );
  }
}
