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
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import {
  AdjustHoursDto,
  ExportQuery,
  HoursAdjustmentView,
  HoursRecordDetailView,
  HoursRecordView,
  HoursTotalView,
  TotalsQuery,
  VolunteerHoursView,
} from './hours.dto';
import { hoursCsv, hoursXlsx } from './hours-export';
import { HoursError } from './hours.error';
import { HoursService } from './hours.service';
import { HoursVerification } from './hours-verification.service';

@ApiTags('hours')
@ApiBearerAuth('bearer')
@Controller()
export class HoursController {
  constructor(
    private readonly hours: HoursService,
    private readonly verification: HoursVerification,
  ) {}

  @Get('hours/totals')
  @Roles(...VOLUNTEERS_ROLES['record.administer'])
  @ApiOperation({ summary: 'Verified hours by team or by month (coordinators)' })
  @ApiOkResponse({ type: HoursTotalView, isArray: true })
  async totals(@Query() query: TotalsQuery): Promise<HoursTotalView[]> {
    const rows = await this.hours.totals(query.by, query.from, query.to);
    return rows.map((r) => ({
      key: r.key,
      label: r.label,
      hours: r.hours,
      volunteers: Number(r.volunteers),
    }));
  }

  @Get('hours/export')
  @Roles(...VOLUNTEERS_ROLES['record.administer'])
  @ApiOperation({ summary: 'Every hours record as CSV or XLSX (coordinators)' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  async export(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    const rows = await this.hours.exportRows(principal, query.from, query.to);
    if (query.format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="hours.csv"');
      return hoursCsv(rows);
    }
    void reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="hours.xlsx"');
    return hoursXlsx(rows);
  }

  @Get('hours/:id')
  @Roles(...VOLUNTEERS_ROLES['hours.read'])
  @ApiOperation({
    summary: 'One hours record with its adjustments (coordinators; its volunteer; the team’s leaders)',
  })
  @ApiOkResponse({ type: HoursRecordDetailView })
  @ApiErrors(HoursError, 'HOURS_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<HoursRecordDetailView> {
    const { record, adjustments } = await this.hours.get(principal, id);
    return { ...HoursRecordView.of(record), adjustments: adjustments.map((a) => HoursAdjustmentView.of(a)) };
  }

  @Post('hours/:id/verify')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['hours.manage'])
  @ApiOperation({ summary: 'Verify hours (coordinators; the shift’s team leaders, not their own)' })
  @ApiOkResponse({ type: HoursRecordView })
  @ApiErrors(HoursError, 'HOURS_NOT_FOUND', 'HOURS_VERIFY_FORBIDDEN')
  async verify(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<HoursRecordView> {
    return HoursRecordView.of(await this.verification.verify(principal, id));
  }

  @Patch('hours/:id')
  @Roles(...VOLUNTEERS_ROLES['hours.manage'])
  @ApiOperation({ summary: 'Adjust hours with a reason (coordinators; the shift’s team leaders)' })
  @ApiOkResponse({ type: HoursRecordView })
  @ApiErrors(HoursError, 'HOURS_NOT_FOUND', 'HOURS_VERIFY_FORBIDDEN', 'HOURS_DAILY_CAP_EXCEEDED')
  async adjust(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AdjustHoursDto,
  ): Promise<HoursRecordView> {
    return HoursRecordView.of(await this.verification.adjust(principal, id, body));
  }

  @Get('volunteers/:id/hours')
  @Roles(...VOLUNTEERS_ROLES['record.read'])
  @ApiOperation({
    summary: 'A volunteer’s verified total, by month, star level and records (coordinators; the volunteer)',
  })
  @ApiOkResponse({ type: VolunteerHoursView })
  @ApiErrors(HoursError, 'HOURS_NOT_FOUND')
  async ofVolunteer(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<VolunteerHoursView> {
    const result = await this.hours.ofVolunteer(principal, id);
    return { ...result, records: result.records.map((r) => HoursRecordView.of(r)) };
  }
}
