import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { SCREENING_ROLES } from '../access/screening.access';
import { CampaignError } from '../campaigns/campaign.error';
import { exportCsv, exportXlsx } from './export-file';
import { ExportService } from './export.service';

const FORMATS = ['csv', 'xlsx'] as const;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class ExportQuery {
  @ApiPropertyOptional({ enum: FORMATS, enumName: 'ExportFormat', default: 'csv' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}

@ApiTags('campaigns')
@ApiBearerAuth('bearer')
@Controller('campaigns/:id/export')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get()
  @Roles(...SCREENING_ROLES['export.read'])
  @ApiOperation({
    summary:
      'A campaign’s results, de-identified (pseudonym, community, birth year, sex; no name, ID number or phone), as CSV or XLSX',
  })
  @ApiProduces('text/csv', XLSX_TYPE)
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(CampaignError, 'CAMPAIGN_NOT_FOUND')
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    const rows = await this.exports.rows(principal, id);
    const xlsx = query.format === 'xlsx';
    void reply
      .header('content-type', xlsx ? XLSX_TYPE : 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="screening-results-${id}.${xlsx ? 'xlsx' : 'csv'}"`,
      );
    return xlsx ? exportXlsx(rows) : exportCsv(rows);
  }
}
