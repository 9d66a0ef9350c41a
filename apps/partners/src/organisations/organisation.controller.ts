import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateOrganisationDto,
  ListOrganisationsQuery,
  OrganisationPage,
  OrganisationView,
  UpdateContactDto,
  UpdateOrganisationDto,
} from './organisation.dto';
import { PARTNERS_ROLES } from '../access/partners.access';
import { OrganisationError } from './organisation.error';
import { OrganisationService } from './organisation.service';

@ApiTags('organisations')
@ApiBearerAuth('bearer')
@Controller('organisations')
export class OrganisationController {
  constructor(private readonly organisations: OrganisationService) {}

  @Post()
  @HttpCode(201)
  @Roles(...PARTNERS_ROLES['organisation.create'])
  @ApiOperation({ summary: 'Register a partner organisation (coordinators)' })
  @ApiCreatedResponse({ type: OrganisationView })
  @ApiErrors(OrganisationError, 'ORGANISATION_NAME_TAKEN')
  async create(@Body() body: CreateOrganisationDto): Promise<OrganisationView> {
    return OrganisationView.of(await this.organisations.create(body));
  }

  @Get()
  @Roles(...PARTNERS_ROLES['organisation.read'])
  @ApiOperation({
    summary: 'List organisations, newest first (a partner member sees only their own)',
    description: 'Filters: kind, district, status, a community it serves (whole name), q (part of the name).',
  })
  @ApiOkResponse({ type: OrganisationPage })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListOrganisationsQuery,
  ): Promise<OrganisationPage> {
    const page = await this.organisations.list(principal, query);
    return { items: page.items.map((o) => OrganisationView.of(o)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(...PARTNERS_ROLES['organisation.read'])
  @ApiOperation({ summary: 'One organisation' })
  @ApiOkResponse({ type: OrganisationView })
  @ApiErrors(OrganisationError, 'ORGANISATION_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<OrganisationView> {
    return OrganisationView.of(await this.organisations.get(principal, id));
  }

  @Patch(':id')
  @Roles(...PARTNERS_ROLES['organisation.update'])
  @ApiOperation({
    summary: 'Rename, re-classify, move or suspend an organisation, or change its communities (coordinators)',
    description:
      'Publishes partners.organisation.changed.v1, so volunteers and screening show the new name within a second.',
  })
  @ApiOkResponse({ type: OrganisationView })
  @ApiErrors(OrganisationError, 'ORGANISATION_NOT_FOUND', 'ORGANISATION_NAME_TAKEN')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationView> {
    return OrganisationView.of(await this.organisations.update(principal, id, body));
  }

  @Patch(':id/contact')
  @Roles(...PARTNERS_ROLES['organisation.update_contact'])
  @ApiOperation({
    summary: 'Change the contact details (a partner member: of their own organisation only)',
    description: 'The main contact and the list of further contacts (replaced as a whole when given).',
  })
  @ApiOkResponse({ type: OrganisationView })
  @ApiErrors(OrganisationError, 'ORGANISATION_NOT_FOUND')
  async updateContact(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateContactDto,
  ): Promise<OrganisationView> {
    return OrganisationView.of(await this.organisations.updateContact(principal, id, body));
  }
}
