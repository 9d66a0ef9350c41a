import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';

/** counselling_session_verifiers: the counsellors who verify the hours served at each counselling session. */
@Injectable()
export class CounsellingVerifiersRepository {
  /** Adds the session's counsellors; those already listed stay as they are (a copy told again adds nothing). */
  async add(tx: Tx, sessionId: string, accountIds: readonly string[]): Promise<void> {
    if (accountIds.length === 0) return;
    await tx.query(
      `INSERT IGNORE INTO counselling_session_verifiers (session_id, account_id) VALUES ${accountIds
        .map(() => '(?, ?)')
        .join(', ')}`,
      accountIds.flatMap((accountId) => [sessionId, accountId]),
    );
  }
}
