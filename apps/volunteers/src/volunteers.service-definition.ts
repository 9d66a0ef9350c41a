import { CreateOrganisationNames1796000000100, DomainEventsModule } from '@linkage/messaging';
import type { ServiceDefinition } from '@linkage/service-kit';
import { AccessModule } from './access/access.module';
import { VolunteersEvents } from './domain-events/volunteers-events';
import { OrganisationModule } from './organisations/organisation.module';
import { PartnerEventModule } from './partner-events/partner-event.module';
import { AddShiftSourceRef1797000003000 } from './migrations/1797000003000-add-shift-source-ref';
import { CreatePartnerEventVersions1797000003100 } from './migrations/1797000003100-create-partner-event-versions';
import { ExtendHoursRecords1797000003200 } from './migrations/1797000003200-extend-hours-records';
import { CreateScreeningSessionVersions1797000005900 } from './migrations/1797000005900-create-screening-session-versions';
import { CreateCounsellingSessionVerifiers1797000012100 } from './migrations/1797000012100-create-counselling-session-verifiers';
import { AddVolunteerRecords1797000013000 } from './migrations/1797000013000-add-volunteer-records';
import { CreateHoursDeclarations1797000013100 } from './migrations/1797000013100-create-hours-declarations';
import { DeclarationsModule } from './declarations/declarations.module';
import { HoursDeclaration } from './declarations/hours-declaration.entity';
import { ScreeningSessionModule } from './screening-sessions/screening-session.module';
import { CreateVolunteers1795500000000 } from './migrations/1795500000000-create-volunteers';
import { ExtendVolunteerProfiles1795600000000 } from './migrations/1795600000000-extend-volunteer-profiles';
import { CreateTeams1795600001000 } from './migrations/1795600001000-create-teams';
import { CreateShifts1795600002000 } from './migrations/1795600002000-create-shifts';
import { Shift } from './shifts/shift.entity';
import { ShiftModule } from './shifts/shift.module';
import { CalendarToken } from './calendar/calendar-token.entity';
import { CalendarModule } from './calendar/calendar.module';
import { CreateCalendarTokens1795600004000 } from './migrations/1795600004000-create-calendar-tokens';
import { CreateAttendance1795600005000 } from './migrations/1795600005000-create-attendance';
import { Attendance } from './attendance/attendance.entity';
import { AttendanceModule } from './attendance/attendance.module';
import { HoursRecord } from './hours/hours-record.entity';
import { HoursModule } from './hours/hours.module';
import { CreateHours1795600006000 } from './migrations/1795600006000-create-hours';
import { CreatePointsLedger1795600007000 } from './migrations/1795600007000-create-points-ledger';
import { CreateCertificates1795600008000 } from './migrations/1795600008000-create-certificates';
import { ExtendNotifications1795600009000 } from './migrations/1795600009000-extend-notifications';
import { NotificationModule } from './notifications/notification.module';
import { Certificate } from './certificates/certificate.entity';
import { HandoverBatch } from './handover/handover-batch.entity';
import { HandoverModule } from './handover/handover.module';
import { InsuranceModule } from './insurance/insurance.module';
import { CertificateModule } from './certificates/certificate.module';
import { PointsModule } from './points/points.module';
import { CreateSignups1795600003000 } from './migrations/1795600003000-create-signups';
import { Notification } from './notifications/notification.entity';
import { Signup } from './signups/signup.entity';
import { SignupModule } from './signups/signup.module';
import { VolunteersConfig } from './volunteers.config';
import { TeamMember } from './teams/team-member.entity';
import { Team } from './teams/team.entity';
import { TeamMembershipRepository } from './teams/team-membership.repository';
import { TeamModule } from './teams/team.module';
import { Certification } from './volunteers/certification.entity';
import { Consent } from './volunteers/consent.entity';
import { Volunteer } from './volunteers/volunteer.entity';
import { VolunteerModule } from './volunteers/volunteer.module';

export const volunteersService: ServiceDefinition = {
  name: 'volunteers',
  api: {
    title: 'Linkage volunteers',
    description:
      'Student volunteers: profiles, teams, shifts, sign-ups, attendance, hours, points and certificates.',
  },
  schema: {
    database: 'linkage_volunteers',
    entities: [
      Volunteer,
      Certification,
      Consent,
      Team,
      TeamMember,
      Shift,
      Signup,
      Notification,
      CalendarToken,
      Attendance,
      HoursRecord,
      Certificate,
      HandoverBatch,
      HoursDeclaration,
    ],
    migrations: [
      CreateVolunteers1795500000000,
      ExtendVolunteerProfiles1795600000000,
      CreateTeams1795600001000,
      CreateShifts1795600002000,
      CreateSignups1795600003000,
      CreateCalendarTokens1795600004000,
      CreateAttendance1795600005000,
      CreateHours1795600006000,
      CreatePointsLedger1795600007000,
      CreateCertificates1795600008000,
      ExtendNotifications1795600009000,
      CreateOrganisationNames1796000000100,
      AddShiftSourceRef1797000003000,
      CreatePartnerEventVersions1797000003100,
      ExtendHoursRecords1797000003200,
      CreateScreeningSessionVersions1797000005900,
      CreateCounsellingSessionVerifiers1797000012100,
      AddVolunteerRecords1797000013000,
      CreateHoursDeclarations1797000013100,
    ],
  },
  config: VolunteersConfig,
  imports: [
    AccessModule.withMemberships(TeamMembershipRepository),
    DomainEventsModule.forBus(VolunteersEvents),
    VolunteerModule,
    TeamModule,
    ShiftModule,
    SignupModule,
    CalendarModule,
    AttendanceModule,
    PointsModule,
    HoursModule,
    CertificateModule,
    NotificationModule,
    OrganisationModule,
    PartnerEventModule,
    ScreeningSessionModule,
    HandoverModule,
    InsuranceModule,
    DeclarationsModule,
  ],
};
