import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SCREENING_ROLES } from '../access/screening.access';
import { AccessReasonQuery, ApiAccessReason, ReadPurposeOf, type ReadPurpose } from './access-reason';
import { ConsentService } from './consent.service';
import { ResidentEducationService } from './resident-education.service';
import {
  EducationInput,
  EducationView,
  ListResidentsQuery,
  ResidentConsentView,
  RecordConsentDto,
  RegisterResidentDto,
  ResidentPage,
  ResidentView,
  WithdrawConsentDto,
} from './resident.dto';
import { ResidentError } from './resident.error';
import { ResidentService } from './resident.service';

@ApiTags('residents')
@ApiBearerAuth('bearer')
@Controller('residents')
export class ResidentController {
  constructor(
    private readonly residents: ResidentService,
    private readonly consents: ConsentService,
    private readonly education: ResidentEducationService,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...SCREENING_ROLES['resident.create'])
  @ApiOperation({
    summary:
      'Register a resident in a campaign, with the consents taken first; ID number, phones and address are stored encrypted',
  })
  @ApiCreatedResponse({ type: ResidentView })
  @ApiErrors(
    ResidentError,
    'RESIDENT_ID_NUMBER_INVALID',
    'RESIDENT_DUPLICATE',
    'RESIDENT_CAMPAIGN_CLOSED',
    'RESIDENT_CAMPAIGN_UNKNOWN',
    'RESIDENT_COMMUNITY_NOT_IN_CAMPAIGN',
    'RESIDENT_SESSION_UNKNOWN',
    'RESIDENT_SESSION_MISMATCH',
  )
  register(
    @CurrentPrincipal() principal: Principal,
    @Body() body: RegisterResidentDto,
    @ReadPurposeOf() purpose: ReadPurpose,
  ): Promise<ResidentView> {
    return this.residents.register(principal, body, purpose);
  }

  @Get()
  @Roles(...SCREENING_ROLES['resident.read'])
  @ApiOperation({ summary: 'A campaign’s residents, newest first, without their encrypted fields (audited)' })
  @ApiAccessReason()
  @ApiOkResponse({ type: ResidentPage })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListResidentsQuery,
    @ReadPurposeOf() purpose: ReadPurpose,
  ): Promise<ResidentPage> {
    return this.residents.list(principal, query, purpose);
  }

  @Get(':id')
  @Roles(...SCREENING_ROLES['resident.read'])
  @ApiOperation({
    summary: 'One resident with the decrypted ID number, phones and address, and consents (audited)',
  })
  @ApiAccessReason()
  @ApiOkResponse({ type: ResidentView })
  @ApiErrors(ResidentError, 'RESIDENT_NOT_FOUND')
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() _query: AccessReasonQuery,
    @ReadPurposeOf() purpose: ReadPurpose,
  ): Promise<ResidentView> {
    return this.residents.get(principal, id, purpose);
  }

  @Post(':id/consents')
  @HttpCode(201)
  @Roles(...SCREENING_ROLES['resident.consent'])
  @ApiOperation({
    summary: 'Record a consent (or its refusal): the kind, the version of the text, who took it and when',
  })
  @ApiCreatedResponse({ type: ResidentConsentView })
  @ApiErrors(ResidentError, 'RESIDENT_NOT_FOUND')
  recordConsent(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordConsentDto,
    @ReadPurposeOf() purpose: ReadPurpose,
  ): Promise<ResidentConsentView> {
    return this.consents.record(principal, id, body, purpose);
  }

  @Post(':id/consents/withdraw')
  @HttpCode(200)
  @Roles(...SCREENING_ROLES['resident.consent'])
  @ApiOperation({ summary: 'Withdraw a granted consent: from now on nothing that needs it is processed' })
  @ApiOkResponse({ type: ResidentConsentView })
  @ApiErrors(ResidentError, 'RESIDENT_NOT_FOUND', 'CONSENT_NOT_GRANTED')
  withdrawConsent(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: WithdrawConsentDto,
    @ReadPurposeOf() purpose: ReadPurpose,
  ): Promise<ResidentConsentView> {
    return this.consents.withdraw(principal, id, body, purpose);
  }

  @Put(':id/education')
  @Roles(...SCREENING_ROLES['resident.update'])
  @ApiOperation({
    summary:
      'Record the resident’s education (level and years), which stage-2 instruments are scored against',
  })
  @ApiOkResponse({ type: EducationView })
  @ApiErrors(ResidentError, 'RESIDENT_NOT_FOUND')
  setEducation(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: EducationInput,
    @ReadPurposeOf() purpose: ReadPurpose,
  ): Promise<EducationView> {
    return this.education.set(principal, id, body, purpose);
  }
}
