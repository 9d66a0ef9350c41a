import { Roles } from '@linkage/auth';
import { OrganisationNames } from '@linkage/messaging';
import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';

export class PartnerOrganisationsQuery {
  @ApiPropertyOptional({ description: 'Only organisations of this kind', example: 'residents_committee' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  kind?: string;
}

export class PartnerOrganisationView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c' }) id: string;
  @ApiProperty({ example: '滨海路社区居委会' }) name: string;
  @ApiProperty({ example: 'residents_committee' }) kind: string;
  @ApiProperty({ nullable: true, type: String, example: '莱山区' }) district: string | null;
}

export class PartnerOrganisationList {
  @ApiProperty({ type: [PartnerOrganisationView] }) items: PartnerOrganisationView[];
}

/**
 * The active partner organisations as volunteers knows them (kept from partners' events): the
 * communities and hosts shifts are filtered and labelled by. A rename in partners shows here within a
 * second.
 */
@ApiTags('volunteers')
@ApiBearerAuth('bearer')
@Controller('volunteers/organisations')
export class OrganisationController {
  constructor(private readonly organisations: OrganisationNames) {}

  @Get()
  @Roles(...VOLUNTEERS_ROLES['organisation.read'])
  @ApiOperation({ summary: 'Partner organisations (names and kinds) for filters and shift hosts' })
  @ApiOkResponse({ type: PartnerOrganisationList })
  async list(@Query() query: PartnerOrganisationsQuery): Promise<PartnerOrganisationList> {
    const items = await this.organisations.list({ kind: query.kind });
    return { items: items.map(({ id, name, kind, district }) => ({ id, name, kind, district })) };
  }
}
