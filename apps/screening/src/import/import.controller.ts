import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SCREENING_ROLES } from '../access/screening.access';
import { CampaignError } from '../campaigns/campaign.error';
import { ImportError } from './import.error';
import { ImportService } from './import.service';
import { CSV_TYPE, XLSX_TYPE } from './spreadsheet';

export class ImportSummaryView {
  @ApiProperty({ format: 'uuid', example: '0193c4d5-9999-7c3d-8e4f-5a6b7c8d9e0f' }) importId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-9e5f-7a7b-8c8d-0e1f2a3b4c5d' }) campaignId: string;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  fileSha256: string;
  @ApiProperty({ example: 48 }) rows: number;
  @ApiProperty({ example: 48 }) residents: number;
  @ApiProperty({ example: 96 }) results: number;
  @ApiProperty({ example: 11, description: 'Residents positive at stage 1 (each gets a stage-2 task)' })
  stage1Positive: number;
  @ApiProperty({ format: 'date-time', example: '2026-10-10T08:00:00.000Z' }) importedAt: string;
}

@ApiTags('campaigns')
@ApiBearerAuth('bearer')
@Controller('campaigns/:id')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Get('import-template')
  @Roles(...SCREENING_ROLES['import.create'])
  @ApiOperation({
    summary: 'The stage-1 paper form as an XLSX template (Chinese headers, in the order the import expects)',
  })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The XLSX template', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(CampaignError, 'CAMPAIGN_NOT_FOUND')
  async template(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const template = await this.imports.template(principal, id);
    void reply
      .header('content-type', XLSX_TYPE)
      .header(
        'content-disposition',
        `attachment; filename="stage1-template.xlsx"; filename*=UTF-8''${encodeURIComponent('初筛登记模板.xlsx')}`,
      );
    return template;
  }

  @Post('imports')
  @Roles(...SCREENING_ROLES['import.create'])
  @ApiOperation({
    summary:
      'Import paper stage-1 forms (CSV or XLSX as the raw body): all rows checked first, then all imported in one transaction; the same file again returns the first import (200)',
  })
  @ApiConsumes(CSV_TYPE, XLSX_TYPE)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ImportSummaryView, description: 'Imported' })
  @ApiOkResponse({
    type: ImportSummaryView,
    description: 'This file was imported before: nothing new was written',
  })
  @ApiErrors(CampaignError, 'CAMPAIGN_NOT_FOUND')
  @ApiErrors(ImportError, 'IMPORT_ROWS_INVALID', 'IMPORT_FILE_TYPE_UNSUPPORTED', 'IMPORT_FILE_UNREADABLE')
  async import(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportSummaryView> {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    const file = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    const { summary, created } = await this.imports.import(principal, id, type, file);
    void reply.status(created ? 201 : 200);
    return summary;
  }
}
