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
import { PARTNERS_ROLES } from '../access/partners.access';
import {
  CreateProjectDto,
  ListProjectsQuery,
  ProjectDetailView,
  ProjectPage,
  ProjectView,
  UpdateProjectDto,
} from './project.dto';
import { ProjectError } from './project.error';
import { ProjectService } from './project.service';

@ApiTags('projects')
@ApiBearerAuth('bearer')
@Controller('projects')
export class ProjectController {
  constructor(private readonly projects: ProjectService) {}

  @Post()
  @HttpCode(201)
  @Roles(...PARTNERS_ROLES['project.create'])
  @ApiOperation({
    summary: 'Plan a joint project with its partner organisations in their roles (coordinators)',
  })
  @ApiCreatedResponse({ type: ProjectView })
  @ApiErrors(
    ProjectError,
    'PROJECT_PARTNERS_INVALID',
    'PROJECT_ORGANISATION_UNKNOWN',
    'PROJECT_ORGANISATION_SUSPENDED',
  )
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateProjectDto): Promise<ProjectView> {
    return this.projects.create(principal, body);
  }

  @Get()
  @Roles(...PARTNERS_ROLES['project.read'])
  @ApiOperation({
    summary: 'List joint projects, newest first (a partner member: those their organisation takes part in)',
  })
  @ApiOkResponse({ type: ProjectPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListProjectsQuery): Promise<ProjectPage> {
    return this.projects.list(principal, query);
  }

  @Get(':id')
  @Roles(...PARTNERS_ROLES['project.read'])
  @ApiOperation({
    summary: 'The project page: its partners in their roles, its events, staffing and verified hours to date',
  })
  @ApiOkResponse({ type: ProjectDetailView })
  @ApiErrors(ProjectError, 'PROJECT_NOT_FOUND')
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ProjectDetailView> {
    return this.projects.get(principal, id);
  }

  @Patch(':id')
  @Roles(...PARTNERS_ROLES['project.update'])
  @ApiOperation({
    summary:
      'Change a project: name, goal, period, status, or its partners (replaced as a list) (coordinators)',
  })
  @ApiOkResponse({ type: ProjectView })
  @ApiErrors(
    ProjectError,
    'PROJECT_NOT_FOUND',
    'PROJECT_PARTNERS_INVALID',
    'PROJECT_DATES_INVALID',
    'PROJECT_ORGANISATION_UNKNOWN',
    'PROJECT_ORGANISATION_SUSPENDED',
    'PROJECT_STATUS_CHANGE_INVALID',
  )
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateProjectDto,
  ): Promise<ProjectView> {
    return this.projects.update(principal, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...PARTNERS_ROLES['project.delete'])
  @ApiOperation({ summary: 'Delete a planned project no event links to (coordinators); cancel any other' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(ProjectError, 'PROJECT_NOT_FOUND', 'PROJECT_NOT_DELETABLE')
  async delete(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    await this.projects.delete(principal, id);
  }
}
