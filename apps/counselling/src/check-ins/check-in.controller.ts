import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COUNSELLING_ROLES } from '../access/counselling.access';
import { EnrolmentError } from '../enrolments/enrolment.error';
import {
  DailyCheckInDto,
  DailyCheckInView,
  QuitGoalView,
  QuitProgressView,
  SetQuitGoalDto,
} from './check-in.dto';
import { CheckInError } from './check-in.error';
import { CheckInService } from './check-in.service';
import { GoalService } from './goal.service';

@ApiTags('check-ins')
@ApiBearerAuth('bearer')
@Controller('programmes/:programmeId')
export class CheckInController {
  constructor(
    private readonly goals: GoalService,
    private readonly checkIns: CheckInService,
  ) {}

  @Put('enrolments/:enrolmentId/goal')
  @Roles(...COUNSELLING_ROLES['goal.set'])
  @ApiOperation({
    summary:
      'Set the member’s quitting goal: quit date and target cigarettes a day (the member or its counsellors)',
  })
  @ApiOkResponse({ type: QuitGoalView })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND', 'ENROLMENT_WITHDRAWN')
  async setGoal(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('enrolmentId', new ParseUUIDPipe()) enrolmentId: string,
    @Body() body: SetQuitGoalDto,
  ): Promise<QuitGoalView> {
    return QuitGoalView.of(await this.goals.set(principal, programmeId, enrolmentId, body));
  }

  @Get('enrolments/:enrolmentId/goal')
  @Roles(...COUNSELLING_ROLES['member.read'])
  @ApiOperation({ summary: 'The member’s quitting goal (the member or its counsellors)' })
  @ApiOkResponse({ type: QuitGoalView })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND')
  @ApiErrors(CheckInError, 'GOAL_NOT_FOUND')
  async getGoal(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('enrolmentId', new ParseUUIDPipe()) enrolmentId: string,
  ): Promise<QuitGoalView> {
    return QuitGoalView.of(await this.goals.get(principal, programmeId, enrolmentId));
  }

  @Post('check-ins')
  @HttpCode(200)
  @Roles(...COUNSELLING_ROLES['own.use'])
  @ApiOperation({
    summary:
      'Check in for today (Asia/Shanghai): cigarettes, craving, mood, lapse, a note; sent again the same day it replaces the first',
  })
  @ApiOkResponse({ type: DailyCheckInView })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND')
  async checkIn(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Body() body: DailyCheckInDto,
  ): Promise<DailyCheckInView> {
    const { checkIn, note } = await this.checkIns.checkIn(principal, programmeId, body);
    return DailyCheckInView.of(checkIn, note);
  }

  @Get('enrolments/:enrolmentId/check-ins')
  @Roles(...COUNSELLING_ROLES['member.read'])
  @ApiOperation({ summary: 'The member’s check-ins, newest first (the member, or its counsellors: audited)' })
  @ApiOkResponse({ type: [DailyCheckInView] })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('enrolmentId', new ParseUUIDPipe()) enrolmentId: string,
  ): Promise<DailyCheckInView[]> {
    return (await this.checkIns.list(principal, programmeId, enrolmentId)).map(({ checkIn, note }) =>
      DailyCheckInView.of(checkIn, note),
    );
  }

  @Get('enrolments/:enrolmentId/progress')
  @Roles(...COUNSELLING_ROLES['member.read'])
  @ApiOperation({
    summary: 'Smoke-free streak, last check-in day and 7-day point prevalence at weeks 4, 12 and 26',
  })
  @ApiOkResponse({ type: QuitProgressView })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND')
  async progress(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('enrolmentId', new ParseUUIDPipe()) enrolmentId: string,
  ): Promise<QuitProgressView> {
    return QuitProgressView.of(
      enrolmentId,
      await this.checkIns.progress(principal, programmeId, enrolmentId),
    );
  }
}
