import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PARTNERS_ROLES } from '../access/partners.access';
import { eventsCsv, eventsXlsx } from './event-export';
import { EventExportQuery } from './event-export.dto';
import { EventExportService } from './event-export.service';

@ApiTags('events')
@ApiBearerAuth('bearer')
@Controller('events')
export class EventExportController {
  constructor(private readonly exports: EventExportService) {}

  @Get('export')
  @Roles(...PARTNERS_ROLES['event.read'])
  @ApiOperation({
    summary:
      "Events with their staffing and certified hours as CSV or XLSX (a partner member: their organisation's)",
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  async export(
    @CurrentPrincipal() principal: Principal,
    @Query() query: EventExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    const { format, ...filter } = query;
    const rows = await this.exports.rows(principal, filter);
    if (format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="events.csv"');
      return eventsCsv(rows);
    }
    void reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="events.xlsx"');
    return eventsXlsx(rows);
  }
}
