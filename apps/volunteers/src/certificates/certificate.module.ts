import { Module } from '@nestjs/common';
import { TransactionsModule } from '../database/transactions.module';
import { HoursModule } from '../hours/hours.module';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { CertificateController } from './certificate.controller';
import { CertificateRepository } from './certificate.repository';
import { CertificateService } from './certificate.service';

/** Service-record certificates: issued from verified hours, registered, revocable, publicly verifiable. */
@Module({
  imports: [HoursModule, VolunteerModule, TransactionsModule],
  controllers: [CertificateController],
  providers: [CertificateRepository, CertificateService],
})
export class CertificateModule {}
