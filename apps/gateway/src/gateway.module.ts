import { Module } from '@nestjs/common';
import { MergedAuditController } from './audit/merged-audit.controller';
import { MergedAuditService } from './audit/merged-audit.service';
import { ApiDocsService } from './docs/api-docs.service';
import { ServicesHealthController } from './health/services-health.controller';
import { ServicesHealthService } from './health/services-health.service';

@Module({
  controllers: [ServicesHealthController, MergedAuditController],
  providers: [ApiDocsService, ServicesHealthService, MergedAuditService],
  exports: [ApiDocsService],
})
export class GatewayModule {}
