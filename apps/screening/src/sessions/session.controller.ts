import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors, CommonErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SCREENING_ROLES } from '../access/screening.access';
import { CampaignError } from '../campaigns/campaign.error';
import { SessionQueries, type StaffedSession } from './session-queries.service';
import {
  CancelSessionDto,
  ChangeSessionDto,
  ListSessionsQuery,
  ScheduleSessionDto,
  ScreeningSessionPage,
  ScreeningSessionView,
} from './session.dto';
import type { ScreeningSession } from './session.entity';
import { SessionError } from './session.error';
import { SessionService } from './session.service';

@ApiTags('sessions')
@ApiBearerAuth('bearer')
@Controller()
export class SessionController {
  constructor(
    private readonly sessions: SessionService,
    private readonly queries: SessionQueries,
  ) {}

  @Post('campaigns/:id/sessions')
  @HttpCode(201)
  @Roles(...SCREENING_ROLES['session.manage'])
  @ApiOperation({
    summary:
      'Schedule a screening session of the campaign: community, venue, times and the screener roles it needs (each becomes a volunteer shift)',
  })
  @ApiCreatedResponse({ type: ScreeningSessionView })
  @ApiErrors(CampaignError, 'CAMPAIGN_NOT_FOUND')
  @ApiErrors(
    SessionError,
    'SESSION_COMMUNITY_NOT_IN_CAMPAIGN',
    'SESSION_TIMES_INVALID',
    'SESSION_ROLES_INVALID',
    'SESSION_CAMPAIGN_CLOSED',
  )
  async schedule(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) campaignId: string,
    @Body() body: ScheduleSessionDto,
  ): Promise<ScreeningSessionView> {
    return this.view(await this.sessions.schedule(principal, campaignId, body));
  }

  @Get('campaigns/:id/sessions')
  @Roles(...SCREENING_ROLES['campaign.read'])
  @ApiOperation({ summary: 'The campaign’s sessions, soonest first, each with its staffing' })
  @ApiOkResponse({ type: ScreeningSessionPage })
  @ApiErrors(CampaignError, 'CAMPAIGN_NOT_FOUND')
  @ApiErrors(CommonErrors, 'INVALID_CURSOR')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) campaignId: string,
    @Query() query: ListSessionsQuery,
  ): Promise<ScreeningSessionPage> {
    const page = await this.queries.ofCampaign(principal, campaignId, query);
    return { items: page.items.map(toView), nextCursor: page.nextCursor };
  }

  @Get('sessions/:id')
  @Roles(...SCREENING_ROLES['session.read'])
  @ApiOperation({
    summary:
      'One session with its staffing: needed, confirmed, waitlisted (a screener sees the session they work, while it runs)',
  })
  @ApiOkResponse({ type: ScreeningSessionView })
  @ApiErrors(SessionError, 'SESSION_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ScreeningSessionView> {
    return toView(await this.queries.get(principal, id));
  }

  @Patch('sessions/:id')
  @Roles(...SCREENING_ROLES['session.manage'])
  @ApiOperation({
    summary:
      'Change a scheduled session (community, venue, times, roles): its shifts follow, and their volunteers are told',
  })
  @ApiOkResponse({ type: ScreeningSessionView })
  @ApiErrors(
    SessionError,
    'SESSION_NOT_FOUND',
    'SESSION_NOT_SCHEDULED',
    'SESSION_COMMUNITY_NOT_IN_CAMPAIGN',
    'SESSION_TIMES_INVALID',
    'SESSION_ROLES_INVALID',
  )
  async change(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ChangeSessionDto,
  ): Promise<ScreeningSessionView> {
    return this.view(await this.sessions.change(principal, id, body));
  }

  @Post('sessions/:id/cancel')
  @HttpCode(200)
  @Roles(...SCREENING_ROLES['session.manage'])
  @ApiOperation({ summary: 'Cancel a scheduled session with the reason: its shifts are cancelled' })
  @ApiOkResponse({ type: ScreeningSessionView })
  @ApiErrors(SessionError, 'SESSION_NOT_FOUND', 'SESSION_NOT_SCHEDULED')
  async cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CancelSessionDto,
  ): Promise<ScreeningSessionView> {
    return this.view(await this.sessions.cancel(principal, id, body.reason));
  }

  @Post('sessions/:id/complete')
  @HttpCode(200)
  @Roles(...SCREENING_ROLES['session.manage'])
  @ApiOperation({ summary: 'Mark a session that has started as held' })
  @ApiOkResponse({ type: ScreeningSessionView })
  @ApiErrors(SessionError, 'SESSION_NOT_FOUND', 'SESSION_NOT_SCHEDULED', 'SESSION_NOT_STARTED')
  async complete(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ScreeningSessionView> {
    return this.view(await this.sessions.complete(principal, id));
  }

  private async view(session: ScreeningSession): Promise<ScreeningSessionView> {
    return toView(await this.queries.staffed(session));
  }
}

function toView({ session, staffing }: StaffedSession): ScreeningSessionView {
  return ScreeningSessionView.of(session, staffing);
}
