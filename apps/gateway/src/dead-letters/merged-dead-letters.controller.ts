import { Roles } from '@linkage/auth';
import { ApiErrors, CommonErrors } from '@linkage/errors';
import { DeadLetterError, DeadLetterQuery } from '@linkage/messaging';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GATEWAY_ROLES } from '../access/gateway.access';
import { callerOf, ServicesFanOut } from '../fan-out/services-fan-out';
import { DeadLetterPage, DeadLetterView } from './merged-dead-letters.dto';
import { MergedDeadLettersService } from './merged-dead-letters.service';

/**
 * Every service's dead letters in one place, for admins: the events a consumer gave up on (after
 * EVENTS_MAX_DELIVER deliveries, or at once when invalid), to replay or discard. Each service keeps its
 * own at `/api/dead-letters`, left out of its document; the gateway serves this one instead of routing.
 */
@ApiTags('dead-letters')
@ApiBearerAuth('bearer')
@Controller('dead-letters')
@Roles(...GATEWAY_ROLES['dead_letter.manage'])
export class MergedDeadLettersController {
  constructor(
    private readonly services: ServicesFanOut,
    private readonly deadLetters: MergedDeadLettersService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Dead letters of every service, newest first (admins)',
    description:
      'Events a service could not apply: after EVENTS_MAX_DELIVER tries, or at once when the event is invalid. Each names the service that holds it, the subject, the last error and the event as it arrived. Filter by status; `unavailable` names services that did not answer.',
  })
  @ApiOkResponse({ type: DeadLetterPage })
  list(@Query() _query: DeadLetterQuery, @Req() request: FastifyRequest) {
    const search = new URLSearchParams(request.url.split('?')[1] ?? '');
    return this.services.mergedPage('/api/dead-letters', search, callerOf(request));
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Apply a parked event once more (admins)',
    description:
      'Runs the consumer’s handler now, in one transaction with its inbox row: the event takes effect at most once however often this is called. An event that fails again stays parked (422 with the reason).',
  })
  @ApiOkResponse({ type: DeadLetterView, description: 'The dead letter, now replayed' })
  @ApiErrors(DeadLetterError, 'DEAD_LETTER_NOT_FOUND', 'DEAD_LETTER_RESOLVED', 'DEAD_LETTER_REPLAY_FAILED')
  @ApiErrors(CommonErrors, 'SERVICE_UNAVAILABLE')
  async replay(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return passOn(await this.deadLetters.resolve('replay', id, callerOf(request)), reply);
  }

  @Post(':id/discard')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Give up on a parked event for good (admins)',
    description: 'Marks the dead letter discarded; the event is never applied. Recorded in the audit trail.',
  })
  @ApiOkResponse({ type: DeadLetterView, description: 'The dead letter, now discarded' })
  @ApiErrors(DeadLetterError, 'DEAD_LETTER_NOT_FOUND', 'DEAD_LETTER_RESOLVED')
  @ApiErrors(CommonErrors, 'SERVICE_UNAVAILABLE')
  async discard(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return passOn(await this.deadLetters.resolve('discard', id, callerOf(request)), reply);
  }
}

/** The holding service's answer, status and body as it gave them. */
function passOn(answer: { status: number; body: unknown }, reply: FastifyReply): unknown {
  void reply.status(answer.status);
  return answer.body;
}
