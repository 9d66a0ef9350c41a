export const CAMPAIGN_STATUSES = ['draft', 'active', 'completed', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * Where a campaign may go: a draft is started (active) or dropped (cancelled); an active campaign is
 * closed when its screening is over (completed) or cancelled. Completed and cancelled are final: they take
 * no new sessions or residents, and what was recorded stays.
 */
const MOVES: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = {
  draft: ['active', 'cancelled'],
  active: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** The statuses a campaign can be moved to (a draft is where every campaign starts). */
export const CAMPAIGN_TARGET_STATUSES = ['active', 'completed', 'cancelled'] as const;

export function canMoveCampaign(from: CampaignStatus, to: CampaignStatus): boolean {
  return MOVES[from].includes(to);
}
