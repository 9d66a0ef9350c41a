import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { RpcSubject } from '@linkage/contracts';
import { newId, type Page } from '@linkage/database';
import { isOrderedRange } from '@linkage/errors';
import { OrganisationNames, RpcClient } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import { canMoveCampaign, type CampaignStatus } from './campaign-status';
import type { CreateCampaignDto, ListCampaignsQuery } from './campaign.dto';
import { DEFAULT_INSTRUMENTS, instrumentProblems } from './campaign-instruments';
import { Campaign, CampaignInstrument, CampaignPartner, CampaignTarget } from './campaign.entity';
import { CampaignError } from './campaign.error';
import { CampaignRepository } from './campaign.repository';

@Injectable()
export class CampaignService {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly rpc: RpcClient,
    private readonly organisations: OrganisationNames,
    private readonly access: ScreeningAccess,
    private readonly audit: AuditLog,
  ) {}

  /** Creates a draft campaign after partners confirms every named organisation exists. */
  async create(input: CreateCampaignDto): Promise<Campaign> {
    // A campaign may end on the day it starts; a range out of order is the campaign's own 422.
    if (!isOrderedRange(input.startsOn, input.endsOn, true)) {
      throw new CampaignError('CAMPAIGN_DATES_INVALID', 'The campaign ends before it starts.', [
        { field: 'endsOn', messages: [`endsOn (${input.endsOn}) is before startsOn (${input.startsOn})`] },
      ]);
    }
    const instruments = input.instruments ?? DEFAULT_INSTRUMENTS;
    const problems = instrumentProblems(instruments);
    if (problems.length > 0) {
      throw new CampaignError(
        'CAMPAIGN_INSTRUMENTS_INVALID',
        'The instruments chosen are not valid.',
        problems,
      );
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
      instruments: ([1, 2] as const).flatMap((stage) =>
        (stage === 1 ? instruments.stage1 : instruments.stage2).map((version, position) =>
          Object.assign(new CampaignInstrument(), { campaignId: id, version, stage, position }),
        ),
      ),
      targets: (input.targets ?? []).map((t) =>
        Object.assign(new CampaignTarget(), { campaignId: id, community: t.community, target: t.target }),
      ),
    });
    return this.campaigns.insert(campaign);
  }

  async get(principal: Principal, id: string): Promise<Campaign> {
    const campaign = await this.campaigns.findById(await this.access.scope(principal, 'campaign.read'), id);
    if (!campaign) {
      return notFoundOrDenied(
        this.audit,
        {
          action: 'campaign.read',
          recordType: 'campaign',
          recordId: id,
          existsOutsideScope: () => this.campaigns.exists(id),
        },
        new CampaignError('CAMPAIGN_NOT_FOUND', `No campaign with id ${id}.`),
      );
    }
    return (await this.withCurrentNames([campaign]))[0];
  }

  /**
   * Starts, closes or cancels a campaign (`canMoveCampaign`); a move its status does not allow, or one
   * another coordinator's move got to first, is 409 CAMPAIGN_STATUS_CHANGE_INVALID naming where it is.
   */
  async changeStatus(principal: Principal, id: string, to: CampaignStatus): Promise<Campaign> {
    const campaign = await this.get(principal, id);
    const refuse = (status: CampaignStatus) =>
      new CampaignError(
        'CAMPAIGN_STATUS_CHANGE_INVALID',
        `The campaign is ${status}: it cannot become ${to}.`,
        { status },
      );
    if (!canMoveCampaign(campaign.status, to)) throw refuse(campaign.status);
    if (!(await this.campaigns.moveStatus(id, campaign.status, to))) {
      throw refuse((await this.get(principal, id)).status);
    }
    return this.get(principal, id);
  }

  async list(principal: Principal, query: ListCampaignsQuery): Promise<Page<Campaign>> {
    const page = await this.campaigns.list(await this.access.scope(principal, 'campaign.read'), query);
    return { ...page, items: await this.withCurrentNames(page.items) };
  }

  /** Partner names as the directory has them now (a renamed partner shows its new name). */
  private async withCurrentNames(campaigns: Campaign[]): Promise<Campaign[]> {
    const ids = campaigns.flatMap((c) => (c.partners ?? []).map((p) => p.organisationId));
    const names = await this.organisations.find([...new Set(ids)]);
    return campaigns.map((c) =>
      Object.assign(c, {
        partners: (c.partners ?? []).map((p) =>
          Object.assign(p, { organisationName: names.get(p.organisationId)?.name ?? p.organisationName }),
        ),
      }),
    );
  }

  /**
   * Names of the organisations from the directory copy kept from partners' events; only ids it does
   * not know yet (an organisation registered a moment ago) are asked of partners over NATS.
   */
  private async resolvePartners(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const known = await this.organisations.find(ids);
    const unknown = [...new Set(ids)].filter((id) => !known.has(id));
    const names = new Map([...known].map(([id, o]) => [id, o.name]));
    if (unknown.length === 0) return names;
    const { found, missing } = await this.rpc.send(RpcSubject.partnersFindOrganisations, { ids: unknown });
    if (missing.length > 0) {
      throw new CampaignError(
        'PARTNER_ORGANISATION_UNKNOWN',
        `No partner organisation with id ${missing.join(', ')}.`,
        { missing },
      );
    }
    for (const o of found) names.set(o.id, o.name);
    return names;
  }
}
