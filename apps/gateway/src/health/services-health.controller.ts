import { Public } from '@linkage/auth';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ServicesHealthService, type SystemHealth } from './services-health.service';

@ApiTags('health')
@Public()
@Controller('health')
export class ServicesHealthController {
  constructor(private readonly health: ServicesHealthService) {}

  @Get()
  @ApiOperation({ summary: 'Every service’s readiness, as the gateway sees it (503 when any is down)' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<SystemHealth> {
    const health = await this.health.check();
    void reply.status(health.status === 'ok' ? 200 : 503);
    return health;
  }
}
