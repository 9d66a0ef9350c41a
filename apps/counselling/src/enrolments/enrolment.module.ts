import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IntakeModule } from '../intake/intake.module';
import { ProgrammeDirectoryModule } from '../programmes/programme-directory.module';
import { Consent } from './consent.entity';
import { EnrolmentController } from './enrolment.controller';
import { Enrolment } from './enrolment.entity';
import { EnrolmentRepository } from './enrolment.repository';
import { EnrolmentService } from './enrolment.service';
import { Memberships } from './memberships';

/** Consent and enrolment; other features ask Memberships about members. */
@Module({
  imports: [TypeOrmModule.forFeature([Enrolment, Consent]), IntakeModule, ProgrammeDirectoryModule],
  controllers: [EnrolmentController],
  providers: [EnrolmentRepository, EnrolmentService, Memberships, Transactions],
  exports: [Memberships],
})
export class EnrolmentModule {}
