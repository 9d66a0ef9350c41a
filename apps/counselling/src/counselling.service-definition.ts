import type { ServiceDefinition } from '@linkage/service-kit';
import { AccessModule } from './access/access.module';
import { ProgrammeFacilitator } from './programmes/programme-facilitator.entity';
import { CreateProgrammes1795500000000 } from './migrations/1795500000000-create-programmes';
import { CreateFacilitatorsAndSessions1797000002000 } from './migrations/1797000002000-create-facilitators-and-sessions';
import { CreateIntake1797000002100 } from './migrations/1797000002100-create-intake';
import { CreateEnrolments1797000002200 } from './migrations/1797000002200-create-enrolments';
import { CreateNotes1797000002400 } from './migrations/1797000002400-create-notes';
import { CreateCheckIns1797000002500 } from './migrations/1797000002500-create-check-ins';
import { CreateBuddies1797000002600 } from './migrations/1797000002600-create-buddies';
import { CreateOutcomeMeasures1797000002700 } from './migrations/1797000002700-create-outcome-measures';
import { AddCheckInNotes1797000002800 } from './migrations/1797000002800-add-check-in-notes';
import { CreateBuddyRequests1797000002900 } from './migrations/1797000002900-create-buddy-requests';
import { Goal } from './check-ins/goal.entity';
import { CheckIn } from './check-ins/check-in.entity';
import { CheckInModule } from './check-ins/check-in.module';
import { Buddy } from './buddies/buddy.entity';
import { BuddyModule } from './buddies/buddy.module';
import { BuddyRequest } from './buddies/buddy-request.entity';
import { Notification } from './buddies/notification.entity';
import { OutcomeMeasure } from './outcomes/outcome-measure.entity';
import { OutcomeModule } from './outcomes/outcome.module';
import { ClockModule } from './clock/clock.module';
import { Programme } from './programmes/programme.entity';
import { ProgrammeModule } from './programmes/programme.module';
import { ProgrammeSession } from './sessions/programme-session.entity';
import { Attendance } from './sessions/attendance.entity';
import { SessionModule } from './sessions/session.module';
import { IntakeSurvey } from './intake/intake-survey.entity';
import { Application } from './intake/application.entity';
import { IntakeModule } from './intake/intake.module';
import { Consent } from './enrolments/consent.entity';
import { Enrolment } from './enrolments/enrolment.entity';
import { EnrolmentModule } from './enrolments/enrolment.module';
import { Note } from './notes/note.entity';
import { NoteModule } from './notes/note.module';
import { CounsellingConfig } from './counselling.config';
import { TestClockModule } from './test-clock/test-clock.module';

export const counsellingService: ServiceDefinition = {
  name: 'counselling',
  api: {
    title: 'Linkage counselling',
    description:
      'Confidential group programmes: the doll-grid sand-tray salon, the listening group, peer smoking cessation.',
  },
  schema: {
    database: 'linkage_counselling',
    entities: [
      Programme,
      ProgrammeFacilitator,
      ProgrammeSession,
      Attendance,
      IntakeSurvey,
      Application,
      Consent,
      Enrolment,
      Note,
      Goal,
      CheckIn,
      Buddy,
      BuddyRequest,
      Notification,
      OutcomeMeasure,
    ],
    migrations: [
      CreateProgrammes1795500000000,
      CreateFacilitatorsAndSessions1797000002000,
      CreateIntake1797000002100,
      CreateEnrolments1797000002200,
      CreateNotes1797000002400,
      CreateCheckIns1797000002500,
      CreateBuddies1797000002600,
      CreateOutcomeMeasures1797000002700,
      AddCheckInNotes1797000002800,
      CreateBuddyRequests1797000002900,
    ],
  },
  config: CounsellingConfig,
  imports: [
    AccessModule,
    ClockModule,
    ProgrammeModule,
    IntakeModule,
    EnrolmentModule,
    SessionModule,
    NoteModule,
    CheckInModule,
    BuddyModule,
    OutcomeModule,
  ],
  // Only with COUNSELLING_TEST_CLOCK=enabled (refused in production): otherwise its routes do not exist.
  importsFor: (config) => ((config as CounsellingConfig).testClockEnabled() ? [TestClockModule] : []),
};
