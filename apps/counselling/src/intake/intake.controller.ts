import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COUNSELLING_ROLES } from '../access/counselling.access';
import { ProgrammeError } from '../programmes/programme.error';
import {
  ApplicationDetailView,
  ApplicationPage,
  ApplicationView,
  ApplyDto,
  DecideDto,
  IntakeView,
  ListApplicationsQuery,
  SetIntakeDto,
} from './intake.dto';
import { IntakeError } from './intake.error';
import { IntakeService } from './intake.service';

@ApiTags('intake')
@ApiBearerAuth('bearer')
@Controller('programmes/:programmeId')
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  @Put('intake')
  @Roles(...COUNSELLING_ROLES['programme.manage'])
  @ApiOperation({
    summary: 'Define the intake survey (from a template such as ftnd, or in full) and publish it',
  })
  @ApiOkResponse({ type: IntakeView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  @ApiErrors(IntakeError, 'SURVEY_INVALID')
  async setSurvey(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Body() body: SetIntakeDto,
  ): Promise<IntakeView> {
    return IntakeView.of(await this.intake.setSurvey(principal, programmeId, body));
  }

  @Get('intake')
  @Roles(...COUNSELLING_ROLES['programme.browse'])
  @ApiOperation({ summary: 'The intake survey to answer (its facilitators also see a draft)' })
  @ApiOkResponse({ type: IntakeView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  @ApiErrors(IntakeError, 'INTAKE_NOT_FOUND')
  async getSurvey(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
  ): Promise<IntakeView> {
    return IntakeView.of(await this.intake.getSurvey(principal, programmeId));
  }

  @Post('applications')
  @HttpCode(201)
  @Roles(...COUNSELLING_ROLES['own.use'])
  @ApiOperation({
    summary: 'Apply with answers to the intake survey; answers with the applicant’s own result',
  })
  @ApiCreatedResponse({ type: ApplicationView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  @ApiErrors(IntakeError, 'SURVEY_INVALID', 'INTAKE_CLOSED', 'ALREADY_APPLIED')
  async apply(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Body() body: ApplyDto,
  ): Promise<ApplicationView> {
    return ApplicationView.of(await this.intake.apply(principal, programmeId, body));
  }

  @Get('applications/me')
  @Roles(...COUNSELLING_ROLES['own.use'])
  @ApiOperation({ summary: 'The caller’s own application and its result' })
  @ApiOkResponse({ type: ApplicationView })
  @ApiErrors(IntakeError, 'APPLICATION_NOT_FOUND')
  async own(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
  ): Promise<ApplicationView> {
    return ApplicationView.of(await this.intake.own(principal, programmeId));
  }

  @Get('applications')
  @Roles(...COUNSELLING_ROLES['member.manage'])
  @ApiOperation({
    summary: 'The applicant queue with answers, scores and eligibility, oldest first (audited)',
  })
  @ApiOkResponse({ type: ApplicationPage })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async queue(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Query() query: ListApplicationsQuery,
  ): Promise<ApplicationPage> {
    const page = await this.intake.queue(principal, programmeId, query);
    return { items: page.items.map((a) => ApplicationDetailView.detail(a)), nextCursor: page.nextCursor };
  }

  @Post('applications/:applicationId/decision')
  @HttpCode(200)
  @Roles(...COUNSELLING_ROLES['member.manage'])
  @ApiOperation({ summary: 'Accept, waitlist or refer elsewhere (with a reason)' })
  @ApiOkResponse({ type: ApplicationView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  @ApiErrors(IntakeError, 'APPLICATION_NOT_FOUND', 'APPLICATION_DECIDED', 'REASON_REQUIRED')
  async decide(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() body: DecideDto,
  ): Promise<ApplicationView> {
    return ApplicationView.of(await this.intake.decide(principal, programmeId, applicationId, body));
  }
}
