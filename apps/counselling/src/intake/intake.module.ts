import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeDirectoryModule } from '../programmes/programme-directory.module';
import { Application } from './application.entity';
import { IntakeSurvey } from './intake-survey.entity';
import { IntakeController } from './intake.controller';
import { IntakeRepository } from './intake.repository';
import { IntakeService } from './intake.service';

/** Intake surveys and applications; enrolment asks IntakeService for an application and settles it. */
@Module({
  imports: [TypeOrmModule.forFeature([IntakeSurvey, Application]), ProgrammeDirectoryModule],
  controllers: [IntakeController],
  providers: [IntakeRepository, IntakeService, Transactions],
  exports: [IntakeService],
})
export class IntakeModule {}
