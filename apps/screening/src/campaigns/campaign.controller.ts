import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors, CommonErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SCREENING_ROLES } from '../access/screening.access';
import {
  CampaignPage,
  CampaignView,
  ChangeCampaignStatusDto,
  CreateCampaignDto,
  ListCampaignsQuery,
  UpdateCampaignDto,
} from './campaign.dto';
import { CampaignError } from './campaign.error';
import { CampaignService } from './campaign.service';

@ApiTags('campaigns')
@ApiBearerAuth('bearer')
@Controller('campaigns')
export class CampaignController {
  constructor(private readonly campaigns: CampaignService) {}

  @Post()
  @HttpCode(201)
  @Roles(...SCREENING_ROLES['campaign.create'])
  @ApiOperation({
    summary:
      'Plan a screening campaign: its partner organisations, instrument versions per stage and targets per community',
  })
  @ApiCreatedResponse({ type: CampaignView })
  @ApiErrors(
    CampaignError,
    'CAMPAIGN_DATES_INVALID',
    'CAMPAIGN_INSTRUMENTS_INVALID',
    'PARTNER_ORGANISATION_UNKNOWN',
  )
  // The partners service is asked for the organisations' names.
  @ApiErrors(CommonErrors, 'SERVICE_UNAVAILABLE')
  async create(@Body() body: CreateCampaignDto): Promise<CampaignView> {
    return CampaignView.of(await this.campaigns.create(body));
  }

  @Get()
  @Roles(...SCREENING_ROLES['campaign.read'])
  @ApiOperation({ summary: 'List campaigns, newest first' })
  @ApiOkResponse({ type: CampaignPage })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListCampaignsQuery,
  ): Promise<CampaignPage> {
    const page = await this.campaigns.list(principal, query);
    return { items: page.items.map((c) => CampaignView.of(c)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(...SCREENING_ROLES['campaign.read'])
  @ApiOperation({ summary: 'One campaign' })
  @ApiOkResponse({ type: CampaignView })
  @ApiErrors(CampaignError, 'CAMPAIGN_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<CampaignView> {
    return CampaignView.of(await this.campaigns.get(principal, id));
  }

  @Patch(':id')
  @Roles(...SCREENING_ROLES['campaign.create'])
  @ApiOperation({
    summary:
      'Change a campaign’s plan: what is given replaces what it had (partners, instruments and targets as whole lists)',
    description:
      'Instruments only while it is a draft (results are scored with the versions pinned); a completed or cancelled campaign is not changed.',
  })
  @ApiOkResponse({ type: CampaignView })
  @ApiErrors(
    CampaignError,
    'CAMPAIGN_NOT_FOUND',
    'CAMPAIGN_NOT_EDITABLE',
    'CAMPAIGN_DATES_INVALID',
    'CAMPAIGN_INSTRUMENTS_INVALID',
    'PARTNER_ORGANISATION_UNKNOWN',
  )
  @ApiErrors(CommonErrors, 'SERVICE_UNAVAILABLE')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateCampaignDto,
  ): Promise<CampaignView> {
    return CampaignView.of(await this.campaigns.update(principal, id, body));
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles(...SCREENING_ROLES['campaign.create'])
  @ApiOperation({
    summary: 'Start a draft campaign, close an active one (completed), or cancel it',
  })
  @ApiOkResponse({ type: CampaignView })
  @ApiErrors(CampaignError, 'CAMPAIGN_NOT_FOUND', 'CAMPAIGN_STATUS_CHANGE_INVALID')
  async changeStatus(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ChangeCampaignStatusDto,
  ): Promise<CampaignView> {
    return CampaignView.of(await this.campaigns.changeStatus(principal, id, body.status));
  }
}
