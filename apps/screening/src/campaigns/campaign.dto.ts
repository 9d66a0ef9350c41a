import { MaxChars } from '@linkage/errors';
import { ApiNextCursor, PageQuery } from '@linkage/database';
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

  @ApiPropertyOptional({
    maxLength: 5000,
    example: '联合滨海路等八个社区，为 65 岁以上居民开展认知障碍初筛，并为筛查阳性者转介医院复诊。',
  })
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
    example: ['0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c'],
  })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  partnerOrganisationIds: string[];
}

export class ListCampaignsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES, enumName: 'CampaignStatus' })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Campaigns this organisation is a partner of',
    example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c',
  })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;
}

export class CampaignPartnerView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c' }) organisationId: string;
  @ApiProperty({ example: '滨海路社区居委会' }) name: string;
}

export class CampaignView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-9e5f-7a7b-8c8d-0e1f2a3b4c5d' }) id: string;
  @ApiProperty({ example: '“记忆礼包”社区认知障碍筛查（2026 秋季）' }) name: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '联合滨海路等八个社区，为 65 岁以上居民开展认知障碍初筛，并为筛查阳性者转介医院复诊。',
  })
  description: string | null;
  @ApiProperty({ example: '2026-09-01' }) startsOn: string;
  @ApiProperty({ example: '2026-12-31' }) endsOn: string;
  @ApiProperty({ enum: CAMPAIGN_STATUSES, enumName: 'CampaignStatus', example: 'draft' })
  status: CampaignStatus;
  @ApiProperty({ type: [CampaignPartnerView] }) partners: CampaignPartnerView[];
  @ApiProperty({ format: 'date-time', example: '2026-08-20T02:00:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-08-20T02:00:00.000Z' }) updatedAt: string;

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
  @ApiNextCursor() nextCursor: string | null;
}
