import { Module } from '@nestjs/common';
import { ApiDocsService } from './docs/api-docs.service';
import { ServicesHealthController } from './health/services-health.controller';
import { ServicesHealthService } from './health/services-health.service';

@Module({
  controllers: [ServicesHealthController],
  providers: [ApiDocsService, ServicesHealthService],
  exports: [ApiDocsService],
})
export class GatewayModule {}
