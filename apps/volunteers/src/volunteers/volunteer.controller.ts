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
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import {
  CertificationView,
  ConsentView,
  CreateCertificationDto,
  CreateVolunteerDto,
  GiveConsentDto,
  ListVolunteersQuery,
  UpdateVolunteerDto,
  VolunteerPage,
  VolunteerView,
} from './volunteer.dto';
import { VolunteerError } from './volunteer.error';
import { VolunteerService } from './volunteer.service';

@ApiTags('volunteers')
@ApiBearerAuth('bearer')
@Controller('volunteers')
export class VolunteerController {
  constructor(private readonly volunteers: VolunteerService) {}

  @Post()
  @HttpCode(201)
  @Roles(...VOLUNTEERS_ROLES['volunteer.create'])
  @ApiOperation({ summary: 'Register a volunteer profile (coordinators)' })
  @ApiCreatedResponse({ type: VolunteerView })
  @ApiErrors(VolunteerError, 'VOLUNTEER_STUDENT_NUMBER_TAKEN')
  async create(@Body() body: CreateVolunteerDto): Promise<VolunteerView> {
    return VolunteerView.of(await this.volunteers.create(body));
  }

  @Get()
  @Roles(...VOLUNTEERS_ROLES['volunteer.read'])
  @ApiOperation({
    summary: 'Search volunteers, newest first (a volunteer sees only their own profile)',
    description:
      'Filters combine: part of the name, department, skill, team, a certification valid on a date, ' +
      'and usual availability on a weekday.',
  })
  @ApiOkResponse({ type: VolunteerPage })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListVolunteersQuery,
  ): Promise<VolunteerPage> {
    const page = await this.volunteers.list(principal, query);
    return { items: page.items.map((v) => VolunteerView.of(v)), nextCursor: page.nextCursor };
  }

  @Get('me')
  @Roles(...VOLUNTEERS_ROLES['own.use'])
  @ApiOperation({ summary: 'My own volunteer profile' })
  @ApiOkResponse({ type: VolunteerView })
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async me(@CurrentPrincipal() principal: Principal): Promise<VolunteerView> {
    return VolunteerView.of(await this.volunteers.own(principal));
  }

  @Get(':id')
  @Roles(...VOLUNTEERS_ROLES['volunteer.read'])
  @ApiOperation({ summary: 'One volunteer profile' })
  @ApiOkResponse({ type: VolunteerView })
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<VolunteerView> {
    return VolunteerView.of(await this.volunteers.get(principal, id));
  }

  @Patch(':id')
  @Roles(...VOLUNTEERS_ROLES['volunteer.update'])
  @ApiOperation({ summary: 'Change a profile (a volunteer: their own only)' })
  @ApiOkResponse({ type: VolunteerView })
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND', 'VOLUNTEER_NATIONAL_NUMBER_TAKEN')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateVolunteerDto,
  ): Promise<VolunteerView> {
    return VolunteerView.of(await this.volunteers.update(principal, id, body));
  }

  @Post(':id/certifications')
  @HttpCode(201)
  @Roles(...VOLUNTEERS_ROLES['volunteer.certify'])
  @ApiOperation({ summary: 'Record a certification the volunteer holds (coordinators, having seen it)' })
  @ApiCreatedResponse({ type: CertificationView })
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async addCertification(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateCertificationDto,
  ): Promise<CertificationView> {
    return CertificationView.of(await this.volunteers.addCertification(principal, id, body));
  }

  @Delete(':id/certifications/:certificationId')
  @HttpCode(204)
  @Roles(...VOLUNTEERS_ROLES['volunteer.certify'])
  @ApiOperation({ summary: 'Remove a certification recorded in error' })
  @ApiNoContentResponse()
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND', 'CERTIFICATION_NOT_FOUND')
  async removeCertification(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('certificationId', new ParseUUIDPipe()) certificationId: string,
  ): Promise<void> {
    await this.volunteers.removeCertification(principal, id, certificationId);
  }

  @Post(':id/consent')
  @HttpCode(201)
  @Roles(...VOLUNTEERS_ROLES['volunteer.consent'])
  @ApiOperation({
    summary: 'Record consent to the processing of personal information under a policy version',
    description: 'A volunteer gives their own; a coordinator may record a signed paper form.',
  })
  @ApiCreatedResponse({ type: ConsentView })
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async giveConsent(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: GiveConsentDto,
  ): Promise<ConsentView> {
    return ConsentView.of(await this.volunteers.giveConsent(principal, id, body));
  }
}
