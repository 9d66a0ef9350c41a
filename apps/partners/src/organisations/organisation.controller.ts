import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateOrganisationDto,
  ListOrganisationsQuery,
  OrganisationPage,
  OrganisationView,
} from './organisation.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationController {
  constructor(private readonly organisations: OrganisationService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a partner organisation' })
  @ApiCreatedResponse({ type: OrganisationView })
  async create(@Body() body: CreateOrganisationDto): Promise<OrganisationView> {
    return OrganisationView.of(await this.organisations.create(body));
  }

  @Get()
  @ApiOperation({ summary: 'List organisations, newest first' })
  @ApiOkResponse({ type: OrganisationPage })
  async list(@Query() query: ListOrganisationsQuery): Promise<OrganisationPage> {
    const page = await this.organisations.list(query);
    return { items: page.items.map((o) => OrganisationView.of(o)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One organisation' })
  @ApiOkResponse({ type: OrganisationView })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<OrganisationView> {
    return OrganisationView.of(await this.organisations.get(id));
  }
}
