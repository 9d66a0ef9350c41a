import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COUNSELLING_ROLES } from '../access/counselling.access';
import {
  CreateProgrammeDto,
  ListProgrammesQuery,
  ProgrammePage,
  ProgrammeView,
  SetFacilitatorsDto,
  UpdateProgrammeDto,
} from './programme.dto';
import { ProgrammeError } from './programme.error';
import { ProgrammeService, type ProgrammeWithFacilitators } from './programme.service';

const view = ({ programme, facilitators }: ProgrammeWithFacilitators): ProgrammeView =>
  ProgrammeView.of(programme, facilitators);

@ApiTags('programmes')
@ApiBearerAuth('bearer')
@Controller('programmes')
export class ProgrammeController {
  constructor(private readonly programmes: ProgrammeService) {}

  @Post()
  @HttpCode(201)
  @Roles(...COUNSELLING_ROLES['programme.create'])
  @ApiOperation({ summary: 'Plan a group programme (a counsellor who plans it facilitates it)' })
  @ApiCreatedResponse({ type: ProgrammeView })
  @ApiErrors(ProgrammeError, 'FACILITATOR_REQUIRED')
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateProgrammeDto,
  ): Promise<ProgrammeView> {
    return view(await this.programmes.create(principal, body));
  }

  @Get()
  @Roles(...COUNSELLING_ROLES['programme.read'])
  @ApiOperation({ summary: 'The programmes the caller runs (admins: all), newest first' })
  @ApiOkResponse({ type: ProgrammePage })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListProgrammesQuery,
  ): Promise<ProgrammePage> {
    const page = await this.programmes.list(principal, query);
    return { items: page.items.map(view), nextCursor: page.nextCursor };
  }

  @Get('open')
  @Roles(...COUNSELLING_ROLES['programme.browse'])
  @ApiOperation({ summary: 'Programmes open for applications (with a published intake survey)' })
  @ApiOkResponse({ type: ProgrammePage })
  async listOpen(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListProgrammesQuery,
  ): Promise<ProgrammePage> {
    const page = await this.programmes.listOpen(principal, query);
    return { items: page.items.map(view), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(...COUNSELLING_ROLES['programme.read'])
  @ApiOperation({ summary: 'One programme with its facilitators' })
  @ApiOkResponse({ type: ProgrammeView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ProgrammeView> {
    return view(await this.programmes.get(principal, id));
  }

  @Patch(':id')
  @Roles(...COUNSELLING_ROLES['programme.manage'])
  @ApiOperation({ summary: 'Change a programme: title, description, capacity, confidentiality, status' })
  @ApiOkResponse({ type: ProgrammeView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateProgrammeDto,
  ): Promise<ProgrammeView> {
    return view(await this.programmes.update(principal, id, body));
  }

  @Put(':id/facilitators')
  @Roles(...COUNSELLING_ROLES['programme.manage'])
  @ApiOperation({
    summary: 'Set who facilitates a programme: counsellors and peer facilitators (volunteers)',
  })
  @ApiOkResponse({ type: ProgrammeView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND', 'FACILITATOR_REQUIRED')
  async setFacilitators(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SetFacilitatorsDto,
  ): Promise<ProgrammeView> {
    return view(await this.programmes.setFacilitators(principal, id, body.facilitators));
  }
}
