import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FieldCipherModule } from '../crypto/field-cipher.module';
import { EnrolmentModule } from '../enrolments/enrolment.module';
import { CheckInController } from './check-in.controller';
import { CheckIn } from './check-in.entity';
import { CheckInQueries } from './check-in-queries';
import { CheckInRepository } from './check-in.repository';
import { CheckInService } from './check-in.service';
import { Goal } from './goal.entity';
import { GoalService } from './goal.service';

/** Goals and daily check-ins; buddies and outcomes ask CheckInQueries for progress, never for check-ins. */
@Module({
  imports: [TypeOrmModule.forFeature([Goal, CheckIn]), EnrolmentModule, FieldCipherModule],
  controllers: [CheckInController],
  providers: [CheckInRepository, CheckInQueries, CheckInService, GoalService, Transactions],
  exports: [CheckInQueries],
})
export class CheckInModule {}
