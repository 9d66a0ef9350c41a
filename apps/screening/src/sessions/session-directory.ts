import type { RecordScope } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { SessionRepository } from './session.repository';

/** What registering a resident needs of the session it happens at. */
export interface SessionForResident {
  id: string;
  campaignId: string;
  community: string;
  cancelled: boolean;
}

/** The narrow query other features of screening ask about sessions (never the repository). */
@Injectable()
export class SessionDirectory {
  constructor(private readonly sessions: SessionRepository) {}

  /** The session when it is within the caller's scope (a screener: one they work, while it runs), else null. */
  async inScope(scope: RecordScope, id: string): Promise<SessionForResident | null> {
    const s = await this.sessions.findById(scope, id);
    return s
      ? { id: s.id, campaignId: s.campaignId, community: s.community, cancelled: s.status === 'cancelled' }
      : null;
  }
}
