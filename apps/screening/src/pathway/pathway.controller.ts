import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SCREENING_ROLES } from '../access/screening.access';
import { CampaignError } from '../campaigns/campaign.error';
import {
  AccessReasonQuery,
  ApiAccessReason,
  ReadPurposeOf,
  type ReadPurpose,
} from '../residents/access-reason';
import { ResidentError } from '../residents/resident.error';
import { FollowUpService } from './follow-up.service';
import {
  FollowUpPlanDto,
  ListTasksQuery,
  RecordFollowUpDto,
  ResidentPathwayView,
  ReferralView,
  TaskList,
} from './pathway.dto';
import { PathwayError } from './pathway.error';
import { PathwayService } from './pathway.service';
import { ReferralService } from './referral.service';
import { TaskService } from './task.service';

@ApiTags('pathway')
@ApiBearerAuth('bearer')
@Controller()
export class PathwayController {
  constructor(
    private readonly tasks: TaskService,
    private readonly pathway: PathwayService,
    private readonly followUps: FollowUpService,
    private readonly referrals: ReferralService,
  ) {}

  @Get('campaigns/:id/tasks')
  @Roles(...SCREENING_ROLES['pathway.read'])
  @ApiOperation({
    summary:
      'A campaign’s work lists: stage-2 re-checks, referrals waiting or blocked, follow-ups; ?overdue=true for what is late (audited)',
  })
  @ApiAccessReason()
  @ApiOkResponse({ type: TaskList })
  @ApiErrors(CampaignError, 'CAMPAIGN_NOT_FOUND')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ListTasksQuery,
    @ReadPurposeOf() purpose: ReadPurpose,
  ): Promise<TaskList> {
    return { items: await this.tasks.list(principal, id, query, purpose) };
  }

  @Get('residents/:id/pathway')
  @Roles(...SCREENING_ROLES['pathway.read'])
  @ApiOperation({
    summary: 'A resident’s pathway: stages, stage-2 tasks, referrals with outcomes, follow-ups (audited)',
  })
  @ApiAccessReason()
  @ApiOkResponse({ type: ResidentPathwayView })
  @ApiErrors(ResidentError, 'RESIDENT_NOT_FOUND')
  pathwayOf(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() _query: AccessReasonQuery,
    @ReadPurposeOf() purpose: ReadPurpose,
  ): Promise<ResidentPathwayView> {
    return this.pathway.ofResident(principal, id, purpose);
  }

  @Post('residents/:id/follow-up-plan')
  @HttpCode(204)
  @Roles(...SCREENING_ROLES['pathway.manage'])
  @ApiOperation({
    summary:
      'Plan follow-up visits at chosen intervals and interventions (cognitive training, family-carer education)',
  })
  @ApiNoContentResponse({ description: 'Planned: see GET /api/residents/{id}/pathway' })
  @ApiErrors(ResidentError, 'RESIDENT_NOT_FOUND')
  async plan(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: FollowUpPlanDto,
  ): Promise<void> {
    await this.followUps.plan(principal, id, body);
  }

  @Post('residents/:id/follow-ups')
  @HttpCode(204)
  @Roles(...SCREENING_ROLES['pathway.manage'])
  @ApiOperation({
    summary: 'Record a visit or intervention done (planned or not), with who (the caller) and when',
  })
  @ApiNoContentResponse({ description: 'Recorded' })
  @ApiErrors(ResidentError, 'RESIDENT_NOT_FOUND')
  @ApiErrors(PathwayError, 'FOLLOW_UP_NOT_FOUND', 'FOLLOW_UP_ALREADY_RECORDED', 'FOLLOW_UP_KIND_REQUIRED')
  async record(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordFollowUpDto,
  ): Promise<void> {
    await this.followUps.record(principal, id, body);
  }

  @Post('referrals/:id/send')
  @HttpCode(200)
  @Roles(...SCREENING_ROLES['pathway.manage'])
  @ApiOperation({
    summary:
      'Send a referral that waited (for the resident’s hospital_sharing consent, or a hospital partner) to the hospital’s inbox',
  })
  @ApiOkResponse({ type: ReferralView })
  @ApiErrors(
    PathwayError,
    'REFERRAL_NOT_FOUND',
    'REFERRAL_CONSENT_REQUIRED',
    'REFERRAL_NO_HOSPITAL',
    'REFERRAL_ALREADY_SENT',
  )
  send(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ReferralView> {
    return this.referrals.send(principal, id);
  }
}
