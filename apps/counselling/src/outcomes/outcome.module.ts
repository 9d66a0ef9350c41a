import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CheckInModule } from '../check-ins/check-in.module';
import { EnrolmentModule } from '../enrolments/enrolment.module';
import { IntakeModule } from '../intake/intake.module';
import { ProgrammeDirectoryModule } from '../programmes/programme-directory.module';
import { OutcomeController } from './outcome.controller';
import { OutcomeMeasure } from './outcome-measure.entity';
import { OutcomeMeasureService } from './outcome-measure.service';
import { OutcomeReportService } from './outcome-report.service';
import { OutcomeRepository } from './outcome.repository';

/** Pre/post measures and the suppressed group report (with its XLSX export). */
@Module({
  imports: [
    TypeOrmModule.forFeature([OutcomeMeasure]),
    EnrolmentModule,
    IntakeModule,
    CheckInModule,
    ProgrammeDirectoryModule,
  ],
  controllers: [OutcomeController],
  providers: [OutcomeRepository, OutcomeMeasureService, OutcomeReportService],
})
export class OutcomeModule {}
