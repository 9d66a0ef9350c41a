import { MaxChars } from '@linkage/errors';
import { ApiNextCursor, PageQuery } from '@linkage/database';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DEFAULT_INSTRUMENTS, KNOWN_VERSIONS } from './campaign-instruments';
import { CAMPAIGN_STATUSES, CAMPAIGN_TARGET_STATUSES, type CampaignStatus } from './campaign-status';
import type { Campaign } from './campaign.entity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const DATE_ONLY = { strict: true, strictSeparator: true } as const;

const VERSIONS = `Instrument versions (${KNOWN_VERSIONS.join(', ')}); each instrument once per stage.`;

export class CampaignInstrumentsInput {
  @ApiProperty({ type: [String], example: DEFAULT_INSTRUMENTS.stage1, description: `Stage 1. ${VERSIONS}` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsString({ each: true })
  @MaxChars(40, { each: true })
  stage1: string[];

  @ApiProperty({ type: [String], example: DEFAULT_INSTRUMENTS.stage2, description: `Stage 2. ${VERSIONS}` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsString({ each: true })
  @MaxChars(40, { each: true })
  stage2: string[];
}

export class CampaignTargetInput {
  @ApiProperty({ example: '滨海路社区', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  community: string;

  @ApiProperty({ example: 120, minimum: 1, maximum: 100000, description: 'Residents to screen there' })
  @IsInt()
  @Min(1)
  @Max(100000)
  target: number;
}

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

  @ApiPropertyOptional({
    type: CampaignInstrumentsInput,
    description: 'The instrument versions per stage; unset: AD8@1 + MINI_COG@1, then MMSE@1 + MOCA@1',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignInstrumentsInput)
  instruments?: CampaignInstrumentsInput;

  @ApiPropertyOptional({
    type: [CampaignTargetInput],
    description: 'The communities screened and a target per community (residents register in these)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique((t: CampaignTargetInput) => t?.community, { message: 'targets must name each community once' })
  @ValidateNested({ each: true })
  @Type(() => CampaignTargetInput)
  targets?: CampaignTargetInput[];
}

/**
 * A change of plan: what is given replaces what the campaign had (partners, instruments and targets as
 * whole lists). Instruments only while it is a draft; nothing once it is completed or cancelled.
 */
export class UpdateCampaignDto extends PartialType(CreateCampaignDto) {}

export class ChangeCampaignStatusDto {
  @ApiProperty({
    enum: CAMPAIGN_TARGET_STATUSES,
    enumName: 'CampaignStatusTarget',
    example: 'active',
    description:
      'draft → active (started) or cancelled; active → completed (closed) or cancelled; completed and cancelled are final',
  })
  @IsIn(CAMPAIGN_TARGET_STATUSES)
  status: (typeof CAMPAIGN_TARGET_STATUSES)[number];
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

export class CampaignInstrumentsView {
  @ApiProperty({ type: [String], example: DEFAULT_INSTRUMENTS.stage1 }) stage1: string[];
  @ApiProperty({ type: [String], example: DEFAULT_INSTRUMENTS.stage2 }) stage2: string[];
}

export class CampaignTargetView {
  @ApiProperty({ example: '滨海路社区' }) community: string;
  @ApiProperty({ example: 120 }) target: number;
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
  @ApiProperty({ type: CampaignInstrumentsView }) instruments: CampaignInstrumentsView;
  @ApiProperty({ type: [CampaignTargetView] }) targets: CampaignTargetView[];
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
      instruments: {
        stage1: (c.instruments ?? []).filter((i) => i.stage === 1).map((i) => i.version),
        stage2: (c.instruments ?? []).filter((i) => i.stage === 2).map((i) => i.version),
      },
      targets: (c.targets ?? []).map((t) => ({ community: t.community, target: t.target })),
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export class CampaignPage {
  @ApiProperty({ type: [CampaignView] }) items: CampaignView[];
  @ApiNextCursor() nextCursor: string | null;
}
