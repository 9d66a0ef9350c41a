import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import { paginate, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ListCampaignsQuery } from './campaign.dto';
import { Campaign, CampaignPartner } from './campaign.entity';

/**
 * Campaigns have no owner or team yet: every rule grants all or none. A rule that narrows them (a
 * partner's own campaigns) names its column here, or applyScope refuses it.
 */
const COLUMNS: ScopeColumns = {};

@Injectable()
export class CampaignRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts the campaign and its partner links in one transaction: all or nothing. */
  async insert(campaign: Campaign): Promise<Campaign> {
    await this.db.transaction(async (tx) => {
      await tx.insert(Campaign, { ...campaign, partners: undefined });
      if (campaign.partners.length > 0) await tx.insert(CampaignPartner, campaign.partners);
    });
    return this.db.getRepository(Campaign).findOneOrFail({ where: { id: campaign.id } });
  }

  findById(scope: RecordScope, id: string): Promise<Campaign | null> {
    return applyScope(this.db.getRepository(Campaign).createQueryBuilder('c'), scope, COLUMNS)
      .leftJoinAndSelect('c.partners', 'p')
      .andWhere('c.id = :id', { id })
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.db.getRepository(Campaign).existsBy({ id });
  }

  async list(scope: RecordScope, query: ListCampaignsQuery): Promise<Page<Campaign>> {
    const qb = applyScope(this.db.getRepository(Campaign).createQueryBuilder('c'), scope, COLUMNS);
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
    return page;
  }
}
