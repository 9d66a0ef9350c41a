import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import { CampaignDirectory, type CampaignPlan } from '../campaigns/campaign-directory';
import { SessionDirectory } from '../sessions/session-directory';
import type { RegisterResidentDto } from './resident.dto';
import { ResidentError } from './resident.error';

/** Where a registration happens: the campaign's plan (null: not one the caller may register in) and the session. */
export interface Place {
  plan: CampaignPlan | null;
  sessionId: string | null;
}

/**
 * Works out where a resident is registered. At a session (a screener always: their scope is the sessions
 * they work, while they run): the session must be in the caller's scope, not cancelled, and of the same
 * campaign and community. Without one: the campaign in the caller's scope, which only staff have.
 */
@Injectable()
export class RegistrationPlace {
  constructor(
    private readonly campaigns: CampaignDirectory,
    private readonly sessions: SessionDirectory,
    private readonly access: ScreeningAccess,
  ) {}

  async of(principal: Principal, input: RegisterResidentDto): Promise<Place> {
    const scope = await this.access.scope(principal, 'resident.create');
    if (!input.sessionId) {
      if (!(await this.access.can(principal, 'resident.create')))
        throw new ResidentError(
          'RESIDENT_CAMPAIGN_UNKNOWN',
          'A screener registers residents at the session they work, while it runs: give its sessionId.',
        );
      return { plan: await this.campaigns.planInScope(scope, input.campaignId), sessionId: null };
    }
    const session = await this.sessions.inScope(scope, input.sessionId);
    if (!session || session.cancelled)
      throw new ResidentError(
        'RESIDENT_SESSION_UNKNOWN',
        `No session with id ${input.sessionId} that you may register residents at now.`,
      );
    if (session.campaignId !== input.campaignId || session.community !== input.community)
      throw new ResidentError(
        'RESIDENT_SESSION_MISMATCH',
        `The session is at ${session.community} in campaign ${session.campaignId}: register the resident there.`,
        { campaignId: session.campaignId, community: session.community },
      );
    // The session admitted the caller to its campaign.
    return { plan: await this.campaigns.planOf(input.campaignId), sessionId: session.id };
  }
}
