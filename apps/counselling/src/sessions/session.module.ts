import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnrolmentModule } from '../enrolments/enrolment.module';
import { ProgrammeDirectoryModule } from '../programmes/programme-directory.module';
import { Attendance } from './attendance.entity';
import { ProgrammeSession } from './programme-session.entity';
import { SessionController } from './session.controller';
import { SessionRepository } from './session.repository';
import { SessionAttendance } from './session-attendance.service';
import { SessionService } from './session.service';

/** Sessions, attendance and completion; notes ask SessionService whether a session is the programme's. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProgrammeSession, Attendance]),
    ProgrammeDirectoryModule,
    EnrolmentModule,
  ],
  controllers: [SessionController],
  providers: [SessionRepository, SessionService, SessionAttendance, Transactions],
  exports: [SessionService],
})
export class SessionModule {}
