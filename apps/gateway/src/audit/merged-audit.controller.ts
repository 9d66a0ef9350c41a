import { AuditQuery, Roles } from '@linkage/auth';
import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { GATEWAY_ROLES } from '../access/gateway.access';
import { callerOf, ServicesFanOut } from '../fan-out/services-fan-out';
import { AuditPage } from './merged-audit.dto';

/** One view over every service's audit trail (each keeps its own, at the same path). */
@ApiTags('audit')
@ApiBearerAuth('bearer')
@Controller('audit')
export class MergedAuditController {
  constructor(private readonly services: ServicesFanOut) {}

  @Get()
  @Roles(...GATEWAY_ROLES['audit.read'])
  @ApiOperation({
    summary: 'The audit trail of every service, newest first (admins)',
    description:
      'Who did what to which record, when, from where, and whether it was allowed: logins, refresh-token reuse, invitations, role changes, reads and writes of records, denied attempts. Filter by actorId, recordType, recordId, action, outcome and time (from, to).',
  })
  @ApiOkResponse({ type: AuditPage })
  list(@Query() _query: AuditQuery, @Req() request: FastifyRequest) {
    const search = new URLSearchParams(request.url.split('?')[1] ?? '');
    return this.services.mergedPage('/api/audit', search, callerOf(request));
  }
}
