import { AuditLog, type Principal } from '@linkage/auth';
import type { Page, PageQuery } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import { CampaignDirectory } from '../campaigns/campaign-directory';
import { CampaignError } from '../campaigns/campaign.error';
import { sessionNotFound } from './session-not-found';
import { sessionStaffing, type SessionStaffing } from './session-staffing';
import type { ScreeningSession } from './session.entity';
import { SessionRepository } from './session.repository';
import { SessionStaffingRepository } from './session-staffing.repository';

export interface StaffedSession {
  session: ScreeningSession;
  staffing: SessionStaffing;
}

/** Sessions with their staffing (needed, and as volunteers counts its shifts): one, or a campaign's. */
@Injectable()
export class SessionQueries {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly staffing: SessionStaffingRepository,
    private readonly campaigns: CampaignDirectory,
    private readonly access: ScreeningAccess,
    private readonly audit: AuditLog,
  ) {}

  async get(principal: Principal, id: string): Promise<StaffedSession> {
    const session =
      (await this.sessions.findById(await this.access.scope(principal, 'session.read'), id)) ??
      (await sessionNotFound(this.audit, this.sessions, 'session.read', id));
    return this.staffed(session);
  }

  /** A session the caller has just scheduled or changed, with its staffing. */
  async staffed(session: ScreeningSession): Promise<StaffedSession> {
    return (await this.withStaffing([session]))[0];
  }

  /** A campaign's sessions, soonest first (those the caller may see). */
  async ofCampaign(
    principal: Principal,
    campaignId: string,
    query: PageQuery,
  ): Promise<Page<StaffedSession>> {
    const plan = await this.campaigns.planInScope(
      await this.access.scope(principal, 'campaign.read'),
      campaignId,
    );
    if (!plan) throw new CampaignError('CAMPAIGN_NOT_FOUND', `No campaign with id ${campaignId}.`);
    const page = await this.sessions.listOfCampaign(
      await this.access.scope(principal, 'session.read'),
      campaignId,
      query,
    );
    return { items: await this.withStaffing(page.items), nextCursor: page.nextCursor };
  }

  private async withStaffing(sessions: readonly ScreeningSession[]): Promise<StaffedSession[]> {
    const counts = await this.staffing.countsOf(sessions.map((s) => s.id));
    return sessions.map((session) => ({
      session,
      staffing: sessionStaffing(
        session,
        counts.filter((c) => c.sessionId === session.id),
      ),
    }));
  }
}
