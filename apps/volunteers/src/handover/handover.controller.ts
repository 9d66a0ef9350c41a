import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { PageQuery } from '@linkage/database';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import { handoverCsv, handoverXlsx } from './handover-columns';
import {
  CreateHandoverDto,
  HandoverBatchPage,
  HandoverBatchView,
  HandoverFileQuery,
  HandoverSummaryView,
} from './handover.dto';
import { HandoverError } from './handover.error';
import { HandoverService } from './handover.service';

@ApiTags('handovers')
@ApiBearerAuth('bearer')
@Controller('handovers')
export class HandoverController {
  constructor(private readonly handovers: HandoverService) {}

  @Post()
  @Roles(...VOLUNTEERS_ROLES['record.hand_over'])
  @ApiOperation({
    summary:
      'Hand the period’s verified records not handed over yet to the national system as a numbered batch (coordinators)',
  })
  @ApiCreatedResponse({ type: HandoverBatchView })
  @ApiErrors(HandoverError, 'HANDOVER_NOTHING_NEW')
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateHandoverDto,
  ): Promise<HandoverBatchView> {
    return HandoverBatchView.of(await this.handovers.create(principal, body));
  }

  @Get()
  @Roles(...VOLUNTEERS_ROLES['record.hand_over'])
  @ApiOperation({ summary: 'Hand-over batches, newest first (coordinators)' })
  @ApiOkResponse({ type: HandoverBatchPage })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQuery,
  ): Promise<HandoverBatchPage> {
    const page = await this.handovers.list(principal, query);
    return { items: page.items.map((b) => HandoverBatchView.of(b)), nextCursor: page.nextCursor };
  }

  @Get('summary')
  @Roles(...VOLUNTEERS_ROLES['record.hand_over'])
  @ApiOperation({
    summary: 'How many verified records of a period wait to be handed over, and how many were (coordinators)',
  })
  @ApiOkResponse({ type: HandoverSummaryView })
  async summary(
    @CurrentPrincipal() principal: Principal,
    @Query() query: CreateHandoverDto,
  ): Promise<HandoverSummaryView> {
    return this.handovers.summary(principal, query);
  }

  @Get(':number/file')
  @Roles(...VOLUNTEERS_ROLES['record.hand_over'])
  @ApiOperation({ summary: 'A batch as CSV or XLSX, as it was handed over (coordinators)' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(HandoverError, 'HANDOVER_NOT_FOUND')
  async file(
    @CurrentPrincipal() principal: Principal,
    @Param('number') number: string,
    @Query() query: HandoverFileQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    const { batch, rows } = await this.handovers.rows(principal, number);
    void reply.header('cache-control', 'private, no-store');
    if (query.format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${batch.number}.csv"`);
      return handoverCsv(rows);
    }
    void reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${batch.number}.xlsx"`);
    return handoverXlsx(rows, batch);
  }
}
