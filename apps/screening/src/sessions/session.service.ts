import { AuditLog, type Principal } from '@linkage/auth';
import { EventSubject } from '@linkage/contracts';
import { newId, Transactions, type Tx } from '@linkage/database';
import { Outbox } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import { CampaignDirectory, type CampaignPlan } from '../campaigns/campaign-directory';
import { CampaignError } from '../campaigns/campaign.error';
import { cancelledPayload, schedulePayload } from './session-schedule.payload';
import { sessionNotFound } from './session-not-found';
import { duplicateRoleKeys, timesProblems } from './session-plan.rule';
import type {
  ChangeSessionDto,
  ScheduleSessionDto,
  SessionRoleInput,
  SessionVenueInput,
} from './session.dto';
import { ScreeningSession, type SessionRole } from './session.entity';
import { SessionError } from './session.error';
import { SessionRepository } from './session.repository';

/**
 * Scheduling, changing, cancelling and completing sessions. Each change locks the session and writes,
 * in its transaction, the session and the event volunteers makes the shifts from (outbox): scheduled
 * (version 1), changed (version + 1, the whole state), cancelled (version + 1, the reason).
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly campaigns: CampaignDirectory,
    private readonly access: ScreeningAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly outbox: Outbox,
  ) {}

  async schedule(
    principal: Principal,
    campaignId: string,
    input: ScheduleSessionDto,
  ): Promise<ScreeningSession> {
    const plan = await this.campaigns.planInScope(
      await this.access.scope(principal, 'session.manage'),
      campaignId,
    );
    if (!plan) throw new CampaignError('CAMPAIGN_NOT_FOUND', `No campaign with id ${campaignId}.`);
    if (plan.status === 'completed' || plan.status === 'cancelled')
      throw new SessionError(
        'SESSION_CAMPAIGN_CLOSED',
        `The campaign is ${plan.status}: it takes no new sessions.`,
      );
    checkCommunity(plan, input.community);
    const session = Object.assign(new ScreeningSession(), {
      id: newId(),
      campaignId,
      community: input.community,
      ...venueOf(input.venue),
      ...timesOf(input.startsAt, input.endsAt),
      roles: rolesOf(input.roles),
      status: 'scheduled',
      statusReason: null,
      version: 1,
      createdBy: principal.accountId,
    });
    return this.transactions.run(async (tx) => {
      const saved = await this.sessions.insert(tx, session);
      await this.outbox.add(tx, EventSubject.screeningSessionScheduled, schedulePayload(saved, plan.name));
      await this.record(tx, 'session.scheduled', saved, { campaignId, community: saved.community });
      return saved;
    });
  }

  /** What is given replaces what the session had; volunteers gets the whole session with the next version. */
  async change(principal: Principal, id: string, input: ChangeSessionDto): Promise<ScreeningSession> {
    return this.locked(principal, id, async (tx, session) => {
      const plan = await this.campaigns.planOf(session.campaignId);
      if (input.community !== undefined) checkCommunity(plan, input.community);
      Object.assign(
        session,
        input.community !== undefined ? { community: input.community } : {},
        input.venue ? venueOf(input.venue) : {},
        input.startsAt || input.endsAt
          ? timesOf(
              input.startsAt ?? session.startsAt.toISOString(),
              input.endsAt ?? session.endsAt.toISOString(),
            )
          : {},
        input.roles ? { roles: rolesOf(input.roles) } : {},
        { version: session.version + 1 },
      );
      const saved = await this.sessions.save(tx, session);
      await this.outbox.add(
        tx,
        EventSubject.screeningSessionChanged,
        schedulePayload(saved, plan?.name ?? ''),
      );
      await this.record(tx, 'session.changed', saved, { fields: Object.keys(input), version: saved.version });
      return saved;
    });
  }

  /** Cancels the session: volunteers cancels its shifts and tells their volunteers the reason. */
  async cancel(principal: Principal, id: string, reason: string): Promise<ScreeningSession> {
    return this.locked(principal, id, async (tx, session) => {
      Object.assign(session, { status: 'cancelled', statusReason: reason, version: session.version + 1 });
      const saved = await this.sessions.save(tx, session);
      await this.outbox.add(tx, EventSubject.screeningSessionCancelled, cancelledPayload(saved));
      await this.record(tx, 'session.cancelled', saved, { reason, version: saved.version });
      return saved;
    });
  }

  /** Marks a session that has started as held; it changes no more (its shifts are volunteers' to close). */
  async complete(principal: Principal, id: string, now = new Date()): Promise<ScreeningSession> {
    return this.locked(principal, id, async (tx, session) => {
      if (session.startsAt > now)
        throw new SessionError(
          'SESSION_NOT_STARTED',
          `The session starts at ${session.startsAt.toISOString()}: it cannot be completed before.`,
        );
      session.status = 'completed';
      const saved = await this.sessions.save(tx, session);
      await this.record(tx, 'session.completed', saved, {});
      return saved;
    });
  }

  /** Runs `work` on the session locked, when the caller may manage it and it is still scheduled. */
  private async locked(
    principal: Principal,
    id: string,
    work: (tx: Tx, session: ScreeningSession) => Promise<ScreeningSession>,
  ): Promise<ScreeningSession> {
    const scope = await this.access.scope(principal, 'session.manage');
    const result = await this.transactions.run(async (tx) => {
      const session = await this.sessions.lock(tx, scope, id);
      if (!session) return null;
      if (session.status !== 'scheduled')
        throw new SessionError(
          'SESSION_NOT_SCHEDULED',
          `The session is ${session.status}: it can no longer be changed, cancelled or completed.`,
          { status: session.status },
        );
      return work(tx, session);
    });
    return result ?? sessionNotFound(this.audit, this.sessions, 'session.manage', id);
  }

  private async record(
    tx: Tx,
    action: string,
    session: ScreeningSession,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(
      { action, recordType: 'screening_session', recordId: session.id, outcome: 'allowed', details },
      tx,
    );
  }
}

function checkCommunity(plan: CampaignPlan | null, community: string): void {
  const communities = plan?.communities ?? [];
  if (communities.length > 0 && !communities.includes(community))
    throw new SessionError(
      'SESSION_COMMUNITY_NOT_IN_CAMPAIGN',
      `${community} is not one of the campaign’s communities.`,
      { communities },
    );
}

function venueOf(venue: SessionVenueInput) {
  return {
    venueName: venue.name,
    venueAddress: venue.address,
    latitude: venue.latitude ?? null,
    longitude: venue.longitude ?? null,
  };
}

function timesOf(startsAtText: string, endsAtText: string) {
  const startsAt = new Date(startsAtText);
  const endsAt = new Date(endsAtText);
  const problems = timesProblems(startsAt, endsAt);
  if (problems.length > 0) throw new SessionError('SESSION_TIMES_INVALID', problems[0].messages[0], problems);
  return { startsAt, endsAt };
}

function rolesOf(roles: readonly SessionRoleInput[]): SessionRole[] {
  const twice = duplicateRoleKeys(roles);
  if (twice.length > 0)
    throw new SessionError('SESSION_ROLES_INVALID', 'Each role of a session needs its own key.', [
      { field: 'roles', messages: twice.map((key) => `the key ${key} is used twice`) },
    ]);
  return roles.map((r) => ({
    key: r.key,
    name: r.name,
    count: r.count,
    requiredCertifications: [...(r.requiredCertifications ?? [])],
    requiredSkills: [...(r.requiredSkills ?? [])],
  }));
}
