import { Module } from '@nestjs/common';
import { MergedAuditController } from './audit/merged-audit.controller';
import { MergedDeadLettersController } from './dead-letters/merged-dead-letters.controller';
import { MergedDeadLettersService } from './dead-letters/merged-dead-letters.service';
import { ApiDocsService } from './docs/api-docs.service';
import { ServicesFanOut } from './fan-out/services-fan-out';
import { ServicesHealthController } from './health/services-health.controller';
import { ServicesHealthService } from './health/services-health.service';

@Module({
  controllers: [ServicesHealthController, MergedAuditController, MergedDeadLettersController],
  providers: [ApiDocsService, ServicesHealthService, ServicesFanOut, MergedDeadLettersService],
  exports: [ApiDocsService],
})
export class GatewayModule {}
