import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COUNSELLING_ROLES } from '../access/counselling.access';
import { IntakeError } from '../intake/intake.error';
import { ProgrammeError } from '../programmes/programme.error';
import {
  ProgrammeConsentView,
  EnrolDto,
  EnrolmentView,
  ProgrammeConsentDto,
  WithdrawDto,
} from './enrolment.dto';
import { EnrolmentError } from './enrolment.error';
import { EnrolmentService } from './enrolment.service';

@ApiTags('enrolments')
@ApiBearerAuth('bearer')
@Controller('programmes/:programmeId')
export class EnrolmentController {
  constructor(private readonly enrolments: EnrolmentService) {}

  @Post('applications/:applicationId/consent')
  @HttpCode(201)
  @Roles(...COUNSELLING_ROLES['consent.record'])
  @ApiOperation({
    summary:
      'Record consent to take part and to data processing (the applicant, or a counsellor from a signed form)',
  })
  @ApiCreatedResponse({ type: ProgrammeConsentView })
  @ApiErrors(IntakeError, 'APPLICATION_NOT_FOUND')
  async consent(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() body: ProgrammeConsentDto,
  ): Promise<ProgrammeConsentView> {
    return ProgrammeConsentView.of(
      await this.enrolments.recordConsent(principal, programmeId, applicationId, body),
    );
  }

  @Post('enrolments')
  @HttpCode(201)
  @Roles(...COUNSELLING_ROLES['member.manage'])
  @ApiOperation({ summary: 'Enrol an accepted applicant whose consent is recorded' })
  @ApiCreatedResponse({ type: EnrolmentView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  @ApiErrors(IntakeError, 'APPLICATION_NOT_FOUND')
  @ApiErrors(
    EnrolmentError,
    'APPLICATION_NOT_ACCEPTED',
    'ALREADY_ENROLLED',
    'PROGRAMME_FULL',
    'CONSENT_REQUIRED',
  )
  async enrol(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Body() body: EnrolDto,
  ): Promise<EnrolmentView> {
    return EnrolmentView.of(await this.enrolments.enrol(principal, programmeId, body));
  }

  @Get('enrolments')
  @Roles(...COUNSELLING_ROLES['membership.read'])
  @ApiOperation({
    summary: 'The members (facilitators; a member sees only their own; admins only of standard programmes)',
  })
  @ApiOkResponse({ type: [EnrolmentView] })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
  ): Promise<EnrolmentView[]> {
    return (await this.enrolments.list(principal, programmeId)).map((e) => EnrolmentView.of(e));
  }

  @Post('enrolments/:enrolmentId/withdraw')
  @HttpCode(200)
  @Roles(...COUNSELLING_ROLES['consent.record'])
  @ApiOperation({
    summary: 'Withdraw from the programme (the member at any time, or a counsellor): consent ends',
  })
  @ApiOkResponse({ type: EnrolmentView })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND', 'ENROLMENT_WITHDRAWN')
  async withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('enrolmentId', new ParseUUIDPipe()) enrolmentId: string,
    @Body() body: WithdrawDto,
  ): Promise<EnrolmentView> {
    return EnrolmentView.of(await this.enrolments.withdraw(principal, programmeId, enrolmentId, body));
  }
}
