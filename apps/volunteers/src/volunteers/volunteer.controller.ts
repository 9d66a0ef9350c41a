import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateVolunteerDto,
  ListVolunteersQuery,
  UpdateVolunteerDto,
  VolunteerPage,
  VolunteerView,
} from './volunteer.dto';
import { VolunteerService } from './volunteer.service';

@ApiTags('volunteers')
@ApiBearerAuth('bearer')
@Controller('volunteers')
export class VolunteerController {
  constructor(private readonly volunteers: VolunteerService) {}

  @Post()
  @HttpCode(201)
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Register a volunteer profile (coordinators)' })
  @ApiCreatedResponse({ type: VolunteerView })
  async create(@Body() body: CreateVolunteerDto): Promise<VolunteerView> {
    return VolunteerView.of(await this.volunteers.create(body));
  }

  @Get()
  @Roles('admin', 'coordinator', 'volunteer')
  @ApiOperation({ summary: 'List volunteers, newest first (a volunteer sees only their own profile)' })
  @ApiOkResponse({ type: VolunteerPage })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListVolunteersQuery,
  ): Promise<VolunteerPage> {
    const page = await this.volunteers.list(principal, query);
    return { items: page.items.map((v) => VolunteerView.of(v)), nextCursor: page.nextCursor };
  }

  @Get('me')
  @Roles('volunteer')
  @ApiOperation({ summary: 'My own volunteer profile' })
  @ApiOkResponse({ type: VolunteerView })
  async me(@CurrentPrincipal() principal: Principal): Promise<VolunteerView> {
    return VolunteerView.of(await this.volunteers.own(principal));
  }

  @Get(':id')
  @Roles('admin', 'coordinator', 'volunteer')
  @ApiOperation({ summary: 'One volunteer profile' })
  @ApiOkResponse({ type: VolunteerView })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<VolunteerView> {
    return VolunteerView.of(await this.volunteers.get(principal, id));
  }

  @Patch(':id')
  @Roles('admin', 'coordinator', 'volunteer')
  @ApiOperation({ summary: 'Change a profile (a volunteer: their own only)' })
  @ApiOkResponse({ type: VolunteerView })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateVolunteerDto,
  ): Promise<VolunteerView> {
    return VolunteerView.of(await this.volunteers.update(principal, id, body));
  }
}
