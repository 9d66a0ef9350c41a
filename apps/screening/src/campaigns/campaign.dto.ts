import { MaxChars } from '@linkage/errors';
import { PageQuery } from '@linkage/database';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
} from 'class-validator';
import { CAMPAIGN_STATUSES, type CampaignStatus } from './campaign-status';
import type { Campaign } from './campaign.entity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const DATE_ONLY = { strict: true, strictSeparator: true } as const;

export class CreateCampaignDto {
  @ApiProperty({ example: '“记忆礼包”社区认知障碍筛查（2026 秋季）', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxChars(5000)
  description?: string;

  @ApiProperty({ example: '2026-09-01', description: 'Local date (Asia/Shanghai)' })
  @IsISO8601(DATE_ONLY, { message: 'startsOn must be a date like 2026-09-01' })
  @MaxChars(10, { message: 'startsOn must be a date like 2026-09-01' })
  startsOn: string;

  @ApiProperty({ example: '2026-12-31', description: 'Local date (Asia/Shanghai)' })
  @IsISO8601(DATE_ONLY, { message: 'endsOn must be a date like 2026-12-31' })
  @MaxChars(10, { message: 'endsOn must be a date like 2026-12-31' })
  endsOn: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Partner organisations (ids from /api/organisations)',
  })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  partnerOrganisationIds: string[];
}

export class ListCampaignsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Campaigns this organisation is a partner of' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;
}

export class CampaignPartnerView {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
}

export class CampaignView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ example: '2026-09-01' }) startsOn: string;
  @ApiProperty({ example: '2026-12-31' }) endsOn: string;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status: CampaignStatus;
  @ApiProperty({ type: [CampaignPartnerView] }) partners: CampaignPartnerView[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static of(c: Campaign): CampaignView {
    return {
      id: c.id,
      name: c.name,
      description: c.description,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      status: c.status,
      partners: (c.partners ?? []).map((p) => ({
        organisationId: p.organisationId,
        name: p.organisationName,
      })),
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export class CampaignPage {
  @ApiProperty({ type: [CampaignView] }) items: CampaignView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
