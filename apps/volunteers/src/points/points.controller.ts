import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import { AwardPointsDto, LeaderboardRowView, PointsEntryView, PointsView } from './points.dto';
import { PointsError } from './points.error';
import { PointsService } from './points.service';

@ApiTags('points')
@ApiBearerAuth('bearer')
@Controller()
export class PointsController {
  constructor(private readonly points: PointsService) {}

  @Post('points/awards')
  @HttpCode(201)
  @Roles(...VOLUNTEERS_ROLES['record.administer'])
  @ApiOperation({ summary: 'Award (or take back) points with a reason (coordinators)' })
  @ApiCreatedResponse({ type: PointsEntryView })
  @ApiErrors(PointsError, 'POINTS_VOLUNTEER_NOT_FOUND')
  async award(
    @CurrentPrincipal() principal: Principal,
    @Body() body: AwardPointsDto,
  ): Promise<PointsEntryView> {
    return PointsEntryView.of(await this.points.award(principal, body));
  }

  @Get('volunteers/:id/points')
  @Roles(...VOLUNTEERS_ROLES['record.read'])
  @ApiOperation({ summary: 'A volunteer’s points balance and entries (coordinators; the volunteer)' })
  @ApiOkResponse({ type: PointsView })
  @ApiErrors(PointsError, 'POINTS_VOLUNTEER_NOT_FOUND')
  async of(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<PointsView> {
    const { balance, entries } = await this.points.ofVolunteer(principal, id);
    return { balance, entries: entries.map((e) => PointsEntryView.of(e)) };
  }

  @Get('teams/:id/leaderboard')
  @Roles(...VOLUNTEERS_ROLES['team.read'])
  @ApiOperation({ summary: 'The team’s members ranked by points (coordinators; its members)' })
  @ApiOkResponse({ type: LeaderboardRowView, isArray: true })
  @ApiErrors(PointsError, 'POINTS_TEAM_NOT_FOUND')
  leaderboard(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<LeaderboardRowView[]> {
    return this.points.leaderboard(principal, id);
  }
}
