import type { RecordScope } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import type { StageInstruments } from './campaign-instruments';
import type { CampaignStatus } from './campaign-status';
import type { Campaign } from './campaign.entity';
import { CampaignRepository } from './campaign.repository';

/** What residents and results need to know of a campaign: where it screens and with what. */
export interface CampaignPlan {
  id: string;
  name: string;
  status: CampaignStatus;
  /** The communities with a target; empty when the campaign named none (then any community goes). */
  communities: string[];
  instruments: StageInstruments;
}

/** The narrow query other features of screening ask about campaigns (never the repository). */
@Injectable()
export class CampaignDirectory {
  constructor(private readonly campaigns: CampaignRepository) {}

  /** The campaign's plan when it is within the caller's scope, else null. */
  async planInScope(scope: RecordScope, id: string): Promise<CampaignPlan | null> {
    const campaign = await this.campaigns.findById(scope, id);
    return campaign ? planOf(campaign) : null;
  }

  /** The plan of the campaign a record the caller may already touch belongs to. */
  async planOf(id: string): Promise<CampaignPlan | null> {
    const campaign = await this.campaigns.findOfRecord(id);
    return campaign ? planOf(campaign) : null;
  }
}

function planOf(c: Campaign): CampaignPlan {
  const instruments = c.instruments ?? [];
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    communities: (c.targets ?? []).map((t) => t.community),
    instruments: {
      stage1: instruments.filter((i) => i.stage === 1).map((i) => i.version),
      stage2: instruments.filter((i) => i.stage === 2).map((i) => i.version),
    },
  };
}
