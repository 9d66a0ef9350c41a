import { Module } from '@nestjs/common';
import { TransactionsModule } from '../database/transactions.module';
import { HoursModule } from '../hours/hours.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { CertificateController } from './certificate.controller';
import { CertificateIssuing } from './certificate-issuing.service';
import { CertificateRepository } from './certificate.repository';
import { CertificateService } from './certificate.service';

/**
 * Service-record certificates: issued from verified hours (read through HoursService), registered,
 * revocable, publicly verifiable.
 */
@Module({
  imports: [HoursModule, VolunteerModule, TransactionsModule],
  controllers: [CertificateController],
  providers: [CertificateIssuing, CertificateRepository, CertificateService],
})
export class CertificateModule {}
