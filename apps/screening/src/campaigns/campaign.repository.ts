import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import { paginate, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { CampaignStatus } from './campaign-status';
import type { ListCampaignsQuery } from './campaign.dto';
import { Campaign, CampaignInstrument, CampaignPartner, CampaignTarget } from './campaign.entity';

/** What a change of plan writes: the campaign's own columns, and the lists it replaces. */
export interface CampaignChange {
  fields: Partial<Pick<Campaign, 'name' | 'description' | 'startsOn' | 'endsOn'>>;
  partners?: CampaignPartner[];
  instruments?: CampaignInstrument[];
  targets?: CampaignTarget[];
}

/**
 * A partner organisation's scope is the campaigns it is a partner of: the owner column is a row of
 * campaign_partners. The scope's condition is written on that row and the campaign is in scope when such
 * a row exists (EXISTS, not a join: one row per campaign whatever the scope; staff's adds nothing).
 */
const PARTNER_COLUMNS: ScopeColumns = { owner: 'sp.organisation_id' };

function scoped(qb: SelectQueryBuilder<Campaign>, scope: RecordScope): SelectQueryBuilder<Campaign> {
  const partner: { where?: string; params?: ObjectLiteral } = {};
  applyScope(
    { andWhere: (where: string, params?: ObjectLiteral) => Object.assign(partner, { where, params }) },
    scope,
    PARTNER_COLUMNS,
  );
  if (partner.where === undefined) return qb;
  return qb.andWhere(
    `EXISTS (SELECT 1 FROM campaign_partners sp WHERE sp.campaign_id = c.id AND ${partner.where})`,
    partner.params,
  );
}

@Injectable()
export class CampaignRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts the campaign, its partner links, instruments and targets in one transaction: all or nothing. */
  async insert(campaign: Campaign): Promise<Campaign> {
    await this.db.transaction(async (tx) => {
      await tx.insert(Campaign, {
        ...campaign,
        partners: undefined,
        instruments: undefined,
        targets: undefined,
      });
      if (campaign.partners.length > 0) await tx.insert(CampaignPartner, campaign.partners);
      if (campaign.instruments?.length) await tx.insert(CampaignInstrument, campaign.instruments);
      if (campaign.targets?.length) await tx.insert(CampaignTarget, campaign.targets);
    });
    const saved = await this.db.getRepository(Campaign).findOneOrFail({ where: { id: campaign.id } });
    return (await this.withPlan([saved]))[0];
  }

  async findById(scope: RecordScope, id: string): Promise<Campaign | null> {
    const campaign = await scoped(this.db.getRepository(Campaign).createQueryBuilder('c'), scope)
      .leftJoinAndSelect('c.partners', 'p')
      .andWhere('c.id = :id', { id })
      .getOne();
    return campaign ? (await this.withPlan([campaign]))[0] : null;
  }

  /**
   * The campaign a record belongs to, without a scope: only for a record the caller's scope already
   * admitted (a resident's campaign, to know its instruments).
   */
  async findOfRecord(id: string): Promise<Campaign | null> {
    const campaign = await this.db.getRepository(Campaign).findOne({ where: { id } });
    return campaign ? (await this.withPlan([campaign]))[0] : null;
  }

  /**
   * Changes a campaign's plan in one transaction with its row locked: `decide` sees the campaign as it is
   * (refusing by throwing) and answers what to write; lists given replace the campaign's. Null when there
   * is no such campaign.
   */
  async change(id: string, decide: (current: Campaign) => CampaignChange): Promise<Campaign | null> {
    const found = await this.db.transaction(async (tx) => {
      const current = await tx
        .getRepository(Campaign)
        .createQueryBuilder('c')
        .where('c.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!current) return false;
      current.instruments = await tx.getRepository(CampaignInstrument).find({ where: { campaignId: id } });
      const { fields, partners, instruments, targets } = decide(current);
      if (Object.keys(fields).length > 0) await tx.update(Campaign, { id }, fields);
      if (partners) {
        await tx.delete(CampaignPartner, { campaignId: id });
        if (partners.length > 0) await tx.insert(CampaignPartner, partners);
      }
      if (instruments) {
        await tx.delete(CampaignInstrument, { campaignId: id });
        await tx.insert(CampaignInstrument, instruments);
      }
      if (targets) {
        await tx.delete(CampaignTarget, { campaignId: id });
        if (targets.length > 0) await tx.insert(CampaignTarget, targets);
      }
      return true;
    });
    return found ? this.findOfRecord(id) : null;
  }

  /**
   * Moves the campaign from `from` to `to` only if it is still at `from` (two coordinators at once: the
   * second finds it moved and is refused). False when it was not at `from`.
   */
  async moveStatus(id: string, from: CampaignStatus, to: CampaignStatus): Promise<boolean> {
    const result = await this.db
      .createQueryBuilder()
      .update(Campaign)
      .set({ status: to })
      .where('id = :id AND status = :from', { id, from })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  exists(id: string): Promise<boolean> {
    return this.db.getRepository(Campaign).existsBy({ id });
  }

  async list(scope: RecordScope, query: ListCampaignsQuery): Promise<Page<Campaign>> {
    const qb = scoped(this.db.getRepository(Campaign).createQueryBuilder('c'), scope);
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.organisationId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM campaign_partners p WHERE p.campaign_id = c.id AND p.organisation_id = :org)',
        { org: query.organisationId },
      );
    }
    const page = await paginate(qb, query);
    // Partners are loaded in one query for the whole page rather than joined into the keyset query.
    const ids = page.items.map((c) => c.id);
    const partners = ids.length
      ? await this.db
          .getRepository(CampaignPartner)
          .createQueryBuilder('p')
          .where('p.campaign_id IN (:...ids)', { ids })
          .getMany()
      : [];
    for (const campaign of page.items)
      campaign.partners = partners.filter((p) => p.campaignId === campaign.id);
    return { ...page, items: await this.withPlan(page.items) };
  }

  /** The campaigns with their instruments (in the order chosen) and targets, two queries for them all. */
  private async withPlan(campaigns: Campaign[]): Promise<Campaign[]> {
    const ids = campaigns.map((c) => c.id);
    if (ids.length === 0) return campaigns;
    const [instruments, targets] = await Promise.all([
      this.db.getRepository(CampaignInstrument).find({
        where: { campaignId: In(ids) },
        order: { stage: 'ASC', position: 'ASC' },
      }),
      this.db
        .getRepository(CampaignTarget)
        .find({ where: { campaignId: In(ids) }, order: { community: 'ASC' } }),
    ]);
    for (const campaign of campaigns) {
      campaign.instruments = instruments.filter((i) => i.campaignId === campaign.id);
      campaign.targets = targets.filter((t) => t.campaignId === campaign.id);
    }
    return campaigns;
  }
}
