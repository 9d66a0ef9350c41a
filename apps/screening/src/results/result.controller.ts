import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SCREENING_ROLES } from '../access/screening.access';
import { ApiAccessReason, ReadPurposeOf, type ReadPurpose } from '../residents/access-reason';
import { ResidentError } from '../residents/resident.error';
import { ListResultsQuery, RecordResultDto, ResultPage, ResultView } from './result.dto';
import { ResultError } from './result.error';
import { ResultService } from './result.service';

@ApiTags('residents')
@ApiBearerAuth('bearer')
@Controller('residents/:id/results')
export class ResultController {
  constructor(private readonly results: ResultService) {}

  @Post()
  @Roles(...SCREENING_ROLES['result.create'])
  @ApiOperation({
    summary:
      'Enter a screening result: scored by the campaign’s instrument version, stored encrypted; the same clientId again returns the stored result (200)',
  })
  @ApiCreatedResponse({ type: ResultView, description: 'Scored and stored' })
  @ApiOkResponse({ type: ResultView, description: 'Stored before under this clientId (a retry)' })
  @ApiErrors(ResidentError, 'RESIDENT_NOT_FOUND')
  @ApiErrors(
    ResultError,
    'RESULT_CONSENT_REQUIRED',
    'RESULT_CONSENT_WITHDRAWN',
    'RESULT_EDUCATION_REQUIRED',
    'RESULT_TOTAL_MISMATCH',
    'RESULT_INSTRUMENT_NOT_ALLOWED',
    'RESULT_CLIENT_ID_CONFLICT',
  )
  async record(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordResultDto,
    @ReadPurposeOf() purpose: ReadPurpose,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ResultView> {
    const { result, created } = await this.results.record(principal, id, body, purpose);
    void reply.status(created ? 201 : 200);
    return result;
  }

  @Get()
  @Roles(...SCREENING_ROLES['result.read'])
  @ApiOperation({
    summary: 'A resident’s results with answers and scores, decrypted, newest first (audited)',
  })
  @ApiAccessReason()
  @ApiOkResponse({ type: ResultPage })
  @ApiErrors(ResidentError, 'RESIDENT_NOT_FOUND')
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ListResultsQuery,
    @ReadPurposeOf() purpose: ReadPurpose,
  ): Promise<ResultPage> {
    return this.results.list(principal, id, query, purpose);
  }
}
