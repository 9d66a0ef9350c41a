import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { COUNSELLING_ROLES } from '../access/counselling.access';
import { EnrolmentError } from '../enrolments/enrolment.error';
import { IntakeError } from '../intake/intake.error';
import { ProgrammeError } from '../programmes/programme.error';
import { MeasureView, OutcomeReportView, RecordMeasureDto } from './outcome.dto';
import { OutcomeError } from './outcome.error';
import { outcomesXlsx } from './outcome-export';
import { OutcomeMeasureService } from './outcome-measure.service';
import { OutcomeReportService } from './outcome-report.service';

@ApiTags('outcomes')
@ApiBearerAuth('bearer')
@Controller('programmes/:programmeId/outcomes')
export class OutcomeController {
  constructor(
    private readonly measures: OutcomeMeasureService,
    private readonly reports: OutcomeReportService,
  ) {}

  @Post('measures')
  @HttpCode(201)
  @Roles(...COUNSELLING_ROLES['outcome.record'])
  @ApiOperation({
    summary:
      'Record a member’s pre or post measure: answers to a scored survey (the intake survey or FTND); again replaces it',
  })
  @ApiCreatedResponse({ type: MeasureView })
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND', 'ENROLMENT_WITHDRAWN')
  @ApiErrors(IntakeError, 'INTAKE_NOT_FOUND')
  @ApiErrors(OutcomeError, 'MEASURE_INVALID', 'SURVEY_NOT_SCORED')
  async record(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Body() body: RecordMeasureDto,
  ): Promise<MeasureView> {
    return MeasureView.of(await this.measures.record(principal, programmeId, body));
  }

  @Get('measures')
  @Roles(...COUNSELLING_ROLES['member.read'])
  @ApiOperation({
    summary: 'Individual measures: every member’s for the programme’s counsellors, a member their own',
  })
  @ApiOkResponse({ type: [MeasureView] })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
  ): Promise<MeasureView[]> {
    return (await this.measures.list(principal, programmeId)).map((m) => MeasureView.of(m));
  }

  @Get('report')
  @Roles(...COUNSELLING_ROLES['outcome.read'])
  @ApiOperation({
    summary:
      'Group outcomes: per measure mean change and share improved, abstinence at weeks 4/12/26; any figure from fewer than 5 people suppressed',
  })
  @ApiOkResponse({ type: OutcomeReportView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async report(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
  ): Promise<OutcomeReportView> {
    const { programmeId: id, asOf, measures, abstinence } = await this.reports.report(principal, programmeId);
    return { programmeId: id, asOf, measures, abstinence };
  }

  @Get('export')
  @Roles(...COUNSELLING_ROLES['outcome.read'])
  @ApiOperation({ summary: 'The group outcomes as XLSX (Chinese headings), suppressed as in the report' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const report = await this.reports.report(principal, programmeId);
    void reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="outcomes.xlsx"');
    return outcomesXlsx(report.title, report);
  }
}
