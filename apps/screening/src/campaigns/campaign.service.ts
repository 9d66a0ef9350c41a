import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { RpcSubject } from '@linkage/contracts';
import { newId, type Page } from '@linkage/database';
import { isOrderedRange } from '@linkage/errors';
import { OrganisationNames, RpcClient } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import { canMoveCampaign, type CampaignStatus } from './campaign-status';
import type { CreateCampaignDto, ListCampaignsQuery, UpdateCampaignDto } from './campaign.dto';
import type { StageInstruments } from './campaign-instruments';
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
    checkDates(input.startsOn, input.endsOn);
    const instruments = checkInstruments(input.instruments ?? DEFAULT_INSTRUMENTS);
    const partnerNames = await this.resolvePartners(input.partnerOrganisationIds);
    const id = newId();
    const campaign = Object.assign(new Campaign(), {
      id,
      name: input.name,
      description: input.description ?? null,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      status: 'draft' as const,
      partners: partnerRows(id, partnerNames),
      instruments: instrumentRows(id, instruments),
      targets: targetRows(id, input.targets ?? []),
    });
    return this.campaigns.insert(campaign);
  }

  /**
   * Changes a campaign's plan: what is given replaces what it had. A completed or cancelled campaign is
   * not changed, and its instruments are pinned once it is active (results are scored with them); both
   * are 409 CAMPAIGN_NOT_EDITABLE. The partners are resolved before the campaign's row is locked.
   */
  async update(principal: Principal, id: string, input: UpdateCampaignDto): Promise<Campaign> {
    await this.get(principal, id);
    const instruments = input.instruments ? checkInstruments(input.instruments) : undefined;
    const partnerNames = input.partnerOrganisationIds
      ? await this.resolvePartners(input.partnerOrganisationIds)
      : undefined;
    const changed = await this.campaigns.change(id, (current) => {
      if (current.status === 'completed' || current.status === 'cancelled')
        throw new CampaignError(
          'CAMPAIGN_NOT_EDITABLE',
          `The campaign is ${current.status}: it is not changed.`,
          {
            status: current.status,
          },
        );
      const newInstruments = instruments ? instrumentRows(id, instruments) : undefined;
      if (
        newInstruments &&
        current.status !== 'draft' &&
        !sameInstruments(current.instruments ?? [], newInstruments)
      )
        throw new CampaignError(
          'CAMPAIGN_NOT_EDITABLE',
          `The campaign is ${current.status}: its instruments are pinned once it has started.`,
          { status: current.status, field: 'instruments' },
        );
      checkDates(input.startsOn ?? current.startsOn, input.endsOn ?? current.endsOn);
      return {
        fields: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.description !== undefined ? { description: input.description || null } : {}),
          ...(input.startsOn !== undefined ? { startsOn: input.startsOn } : {}),
          ...(input.endsOn !== undefined ? { endsOn: input.endsOn } : {}),
        },
        partners: partnerNames ? partnerRows(id, partnerNames) : undefined,
        instruments: newInstruments,
        targets: input.targets ? targetRows(id, input.targets) : undefined,
      };
    });
    if (!changed) throw new CampaignError('CAMPAIGN_NOT_FOUND', `No campaign with id ${id}.`);
    return (await this.withCurrentNames([changed]))[0];
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

/** A campaign may end on the day it starts; a range out of order is the campaign's own 422. */
function checkDates(startsOn: string, endsOn: string): void {
  if (!isOrderedRange(startsOn, endsOn, true)) {
    throw new CampaignError('CAMPAIGN_DATES_INVALID', 'The campaign ends before it starts.', [
      { field: 'endsOn', messages: [`endsOn (${endsOn}) is before startsOn (${startsOn})`] },
    ]);
  }
}

function checkInstruments(instruments: StageInstruments): StageInstruments {
  const problems = instrumentProblems(instruments);
  if (problems.length > 0) {
    throw new CampaignError(
      'CAMPAIGN_INSTRUMENTS_INVALID',
      'The instruments chosen are not valid.',
      problems,
    );
  }
  return instruments;
}

function partnerRows(campaignId: string, names: Map<string, string>): CampaignPartner[] {
  return [...names].map(([organisationId, organisationName]) =>
    Object.assign(new CampaignPartner(), { campaignId, organisationId, organisationName }),
  );
}

function instrumentRows(campaignId: string, instruments: StageInstruments): CampaignInstrument[] {
  return ([1, 2] as const).flatMap((stage) =>
    (stage === 1 ? instruments.stage1 : instruments.stage2).map((version, position) =>
      Object.assign(new CampaignInstrument(), { campaignId, version, stage, position }),
    ),
  );
}

function targetRows(campaignId: string, targets: { community: string; target: number }[]): CampaignTarget[] {
  return targets.map((t) =>
    Object.assign(new CampaignTarget(), { campaignId, community: t.community, target: t.target }),
  );
}

/** The same versions at the same stages (the order within a stage is only how they are listed). */
function sameInstruments(a: CampaignInstrument[], b: CampaignInstrument[]): boolean {
  const key = (list: CampaignInstrument[]) =>
    list
      .map((i) => `${i.stage}:${i.version}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}
