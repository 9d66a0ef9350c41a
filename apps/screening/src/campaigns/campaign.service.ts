import { RpcSubject } from '@linkage/contracts';
import { newId, type Page } from '@linkage/database';
import { RpcClient } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { campaignDatesValid } from './campaign-dates';
import type { CreateCampaignDto, ListCampaignsQuery } from './campaign.dto';
import { Campaign, CampaignPartner } from './campaign.entity';
import { CampaignError } from './campaign.error';
import { CampaignRepository } from './campaign.repository';

@Injectable()
export class CampaignService {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly rpc: RpcClient,
  ) {}

  /** Creates a draft campaign after partners confirms every named organisation exists. */
  async create(input: CreateCampaignDto): Promise<Campaign> {
    if (!campaignDatesValid(input.startsOn, input.endsOn)) {
      throw new CampaignError('CAMPAIGN_DATES_INVALID', 'The campaign ends before it starts.', [
        { field: 'endsOn', messages: [`endsOn (${input.endsOn}) is before startsOn (${input.startsOn})`] },
      ]);
    }
    const partnerNames = await this.resolvePartners(input.partnerOrganisationIds);
    const id = newId();
    const campaign = Object.assign(new Campaign(), {
      id,
      name: input.name,
      description: input.description ?? null,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      status: 'draft' as const,
      partners: [...partnerNames].map(([organisationId, organisationName]) =>
        Object.assign(new CampaignPartner(), { campaignId: id, organisationId, organisationName }),
      ),
    });
    return this.campaigns.insert(campaign);
  }

  async get(id: string): Promise<Campaign> {
    const campaign = await this.campaigns.findById(id);
    if (!campaign) throw new CampaignError('CAMPAIGN_NOT_FOUND', `No campaign with id ${id}.`);
    return campaign;
  }

  list(query: ListCampaignsQuery): Promise<Page<Campaign>> {
    return this.campaigns.list(query);
  }

  private async resolvePartners(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const { found, missing } = await this.rpc.send(RpcSubject.partnersFindOrganisations, { ids });
    if (missing.length > 0) {
      throw new CampaignError(
        'PARTNER_ORGANISATION_UNKNOWN',
        `No partner organisation with id ${missing.join(', ')}.`,
        { missing },
      );
    }
    return new Map(found.map((o) => [o.id, o.name]));
  }
}
