import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COUNSELLING_ROLES } from '../access/counselling.access';
import { CreateProgrammeDto, ListProgrammesQuery, ProgrammePage, ProgrammeView } from './programme.dto';
import { ProgrammeError } from './programme.error';
import { ProgrammeService } from './programme.service';

@ApiTags('programmes')
@ApiBearerAuth('bearer')
@Controller('programmes')
export class ProgrammeController {
  constructor(private readonly programmes: ProgrammeService) {}

  @Post()
  @HttpCode(201)
  @Roles(...COUNSELLING_ROLES['programme.create'])
  @ApiOperation({ summary: 'Plan a group programme' })
  @ApiCreatedResponse({ type: ProgrammeView })
  async create(@Body() body: CreateProgrammeDto): Promise<ProgrammeView> {
    return ProgrammeView.of(await this.programmes.create(body));
  }

  @Get()
  @Roles(...COUNSELLING_ROLES['programme.read'])
  @ApiOperation({ summary: 'List programmes, newest first' })
  @ApiOkResponse({ type: ProgrammePage })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListProgrammesQuery,
  ): Promise<ProgrammePage> {
    const page = await this.programmes.list(principal, query);
    return { items: page.items.map((p) => ProgrammeView.of(p)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(...COUNSELLING_ROLES['programme.read'])
  @ApiOperation({ summary: 'One programme' })
  @ApiOkResponse({ type: ProgrammeView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ProgrammeView> {
    return ProgrammeView.of(await this.programmes.get(principal, id));
  }
}
