import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** What access rules know about a caller as a member: where they are enrolled, and who their buddies are. */
export interface MemberFacts {
  /** Programmes the caller is an active member of. */
  memberOf: string[];
  /** The enrolments paired as buddies with the caller's active enrolments. */
  buddyEnrolments: string[];
}

/**
 * The access module's read of memberships and buddy pairs, by table rather than through the enrolments
 * and buddies features: those features ask the access module, so it cannot depend on them.
 */
@Injectable()
export class MemberFactsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(accountId: string): Promise<MemberFacts> {
    const rows: { programmeId: string; buddyEnrolmentId: string | null }[] = await this.db.query(
      `SELECT e.programme_id AS programmeId, b.buddy_enrolment_id AS buddyEnrolmentId
         FROM enrolments e LEFT JOIN buddies b ON b.enrolment_id = e.id
        WHERE e.account_id = ? AND e.status = 'active'`,
      [accountId],
    );
    return {
      memberOf: rows.map((r) => r.programmeId),
      buddyEnrolments: rows.flatMap((r) => (r.buddyEnrolmentId ? [r.buddyEnrolmentId] : [])),
    };
  }
}
