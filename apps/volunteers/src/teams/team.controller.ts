import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import {
  CreateTeamDto,
  ListMembersQuery,
  ListTeamsQuery,
  PutMemberDto,
  TeamMemberPage,
  TeamMemberView,
  TeamPage,
  TeamView,
  UpdateTeamDto,
} from './team.dto';
import { VolunteerError } from '../volunteers/volunteer.error';
import { TeamError } from './team.error';
import { TeamService } from './team.service';

@ApiTags('teams')
@ApiBearerAuth('bearer')
@Controller('teams')
export class TeamController {
  constructor(private readonly teams: TeamService) {}

  @Post()
  @HttpCode(201)
  @Roles(...VOLUNTEERS_ROLES['team.manage'])
  @ApiOperation({ summary: 'Create a team (coordinators)' })
  @ApiCreatedResponse({ type: TeamView })
  @ApiErrors(TeamError, 'TEAM_NAME_TAKEN')
  async create(@Body() body: CreateTeamDto): Promise<TeamView> {
    return TeamView.of(await this.teams.create(body));
  }

  @Get()
  @Roles(...VOLUNTEERS_ROLES['team.read'])
  @ApiOperation({ summary: 'List teams, newest first (a volunteer: the teams they are in)' })
  @ApiOkResponse({ type: TeamPage })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListTeamsQuery): Promise<TeamPage> {
    const page = await this.teams.list(principal, query);
    return { items: page.items.map((t) => TeamView.of(t)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(...VOLUNTEERS_ROLES['team.read'])
  @ApiOperation({ summary: 'One team' })
  @ApiOkResponse({ type: TeamView })
  @ApiErrors(TeamError, 'TEAM_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<TeamView> {
    return TeamView.of(await this.teams.get(principal, id));
  }

  @Patch(':id')
  @Roles(...VOLUNTEERS_ROLES['team.manage'])
  @ApiOperation({ summary: 'Rename a team or change its description (coordinators)' })
  @ApiOkResponse({ type: TeamView })
  @ApiErrors(TeamError, 'TEAM_NOT_FOUND', 'TEAM_NAME_TAKEN')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateTeamDto,
  ): Promise<TeamView> {
    return TeamView.of(await this.teams.update(principal, id, body));
  }

  @Get(':id/members')
  @Roles(...VOLUNTEERS_ROLES['team.read_members'])
  @ApiOperation({ summary: "A team's members, newest first (coordinators, and the team's leaders)" })
  @ApiOkResponse({ type: TeamMemberPage })
  @ApiErrors(TeamError, 'TEAM_NOT_FOUND')
  async members(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ListMembersQuery,
  ): Promise<TeamMemberPage> {
    const page = await this.teams.members(principal, id, query);
    return {
      items: page.items.map(({ member, volunteer }) => TeamMemberView.of(member, volunteer)),
      nextCursor: page.nextCursor,
    };
  }

  @Put(':id/members/:volunteerId')
  @Roles(...VOLUNTEERS_ROLES['team.manage'])
  @ApiOperation({ summary: 'Add a volunteer to the team as leader or member, or change their role' })
  @ApiOkResponse({ type: TeamMemberView })
  @ApiErrors(TeamError, 'TEAM_NOT_FOUND')
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async putMember(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('volunteerId', new ParseUUIDPipe()) volunteerId: string,
    @Body() body: PutMemberDto,
  ): Promise<TeamMemberView> {
    const { member, volunteer } = await this.teams.putMember(principal, id, volunteerId, body);
    return TeamMemberView.of(member, volunteer);
  }

  @Delete(':id/members/:volunteerId')
  @HttpCode(204)
  @Roles(...VOLUNTEERS_ROLES['team.manage'])
  @ApiOperation({ summary: 'Take a volunteer out of the team' })
  @ApiNoContentResponse()
  @ApiErrors(TeamError, 'TEAM_NOT_FOUND', 'TEAM_MEMBER_NOT_FOUND')
  async removeMember(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('volunteerId', new ParseUUIDPipe()) volunteerId: string,
  ): Promise<void> {
    await this.teams.removeMember(principal, id, volunteerId);
  }
}
