import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { CampaignStatus } from './campaign-status';

@Entity('campaigns')
export class Campaign {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Local dates (Asia/Shanghai) as YYYY-MM-DD. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'varchar', length: 20 })
  status: CampaignStatus;

  @OneToMany(() => CampaignPartner, (p) => p.campaign, { cascade: ['insert'], eager: true })
  partners: Relation<CampaignPartner>[];

  /** Loaded by the repository beside the campaign (not joined: one row per campaign stays one row). */
  instruments?: CampaignInstrument[];
  targets?: CampaignTarget[];

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}

/** A partner organisation of a campaign, with its name as partners told us when it was linked. */
@Entity('campaign_partners')
export class CampaignPartner {
  @PrimaryColumn({ name: 'campaign_id', type: 'char', length: 36 })
  campaignId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'char', length: 36 })
  organisationId: string;

  @Column({ name: 'organisation_name', type: 'varchar', length: 200 })
  organisationName: string;

  @ManyToOne(() => Campaign, (c) => c.partners, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign: Relation<Campaign>;
}

/** An instrument version a campaign uses at a stage (pinned: results name the version they were scored with). */
@Entity('campaign_instruments')
export class CampaignInstrument {
  @PrimaryColumn({ name: 'campaign_id', type: 'char', length: 36 })
  campaignId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  version: string;

  @Column({ type: 'tinyint' })
  stage: 1 | 2;

  /** The order the campaign listed them in, within the stage. */
  @Column({ type: 'tinyint' })
  position: number;
}

/** How many residents a campaign means to screen in one community. */
@Entity('campaign_targets')
export class CampaignTarget {
  @PrimaryColumn({ name: 'campaign_id', type: 'char', length: 36 })
  campaignId: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  community: string;

  @Column({ type: 'int', unsigned: true })
  target: number;
}
