import { Controller, Get, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Roles } from '../decorators';
import { AuditLog, AuditQuery } from './audit-log';

/**
 * This service's audit trail, for admins. Every service has one at the same path, so it stays out of
 * the service's OpenAPI document; admins use the gateway's merged `GET /api/audit`.
 */
@ApiExcludeController()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @Roles('admin')
  async list(@Query() query: AuditQuery) {
    const page = await this.audit.query(query);
    return {
      items: page.items.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() })),
      nextCursor: page.nextCursor,
    };
  }
}
