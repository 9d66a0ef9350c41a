import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COUNSELLING_ROLES } from '../access/counselling.access';
import { ProgrammeError } from '../programmes/programme.error';
import {
  AttendanceFlagView,
  SessionAttendanceView,
  RecordSessionAttendanceDto,
  ScheduleSessionsDto,
  SessionView,
} from './session.dto';
import { SessionError } from './session.error';
import { SessionAttendance } from './session-attendance.service';
import { SessionService } from './session.service';

@ApiTags('sessions')
@ApiBearerAuth('bearer')
@Controller('programmes/:programmeId')
export class SessionController {
  constructor(
    private readonly sessions: SessionService,
    private readonly register: SessionAttendance,
  ) {}

  @Post('sessions')
  @HttpCode(201)
  @Roles(...COUNSELLING_ROLES['programme.manage'])
  @ApiOperation({ summary: 'Schedule sessions (date, place, topic): one or the whole schedule' })
  @ApiCreatedResponse({ type: [SessionView] })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async schedule(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Body() body: ScheduleSessionsDto,
  ): Promise<SessionView[]> {
    return (await this.sessions.schedule(principal, programmeId, body.sessions)).map((s) =>
      SessionView.of(s),
    );
  }

  @Get('sessions')
  @Roles(...COUNSELLING_ROLES['programme.read'])
  @ApiOperation({ summary: 'The programme’s sessions in time order' })
  @ApiOkResponse({ type: [SessionView] })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
  ): Promise<SessionView[]> {
    return (await this.sessions.list(principal, programmeId)).map((s) => SessionView.of(s));
  }

  @Post('sessions/:sessionId/complete')
  @HttpCode(200)
  @Roles(...COUNSELLING_ROLES['attendance.record'])
  @ApiOperation({
    summary: 'Mark a session as held: publishes counselling.session.completed.v1 (peer facilitators’ hours)',
  })
  @ApiOkResponse({ type: SessionView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  @ApiErrors(SessionError, 'SESSION_NOT_FOUND', 'SESSION_NOT_OPEN', 'SESSION_NOT_STARTED')
  async complete(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
  ): Promise<SessionView> {
    return SessionView.of(await this.sessions.complete(principal, programmeId, sessionId));
  }

  @Put('sessions/:sessionId/attendance')
  @Roles(...COUNSELLING_ROLES['attendance.record'])
  @ApiOperation({
    summary: 'Take the register: one member or the whole list in one request; absences with a reason',
  })
  @ApiOkResponse({ type: [SessionAttendanceView] })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  @ApiErrors(SessionError, 'SESSION_NOT_FOUND', 'SESSION_NOT_OPEN', 'NOT_A_MEMBER')
  async record(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
    @Body() body: RecordSessionAttendanceDto,
  ): Promise<SessionAttendanceView[]> {
    return (await this.register.recordAttendance(principal, programmeId, sessionId, body)).map((a) =>
      SessionAttendanceView.of(a),
    );
  }

  @Get('sessions/:sessionId/attendance')
  @Roles(...COUNSELLING_ROLES['session.read'])
  @ApiOperation({ summary: 'The register of a session (a member sees only their own line)' })
  @ApiOkResponse({ type: [SessionAttendanceView] })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  @ApiErrors(SessionError, 'SESSION_NOT_FOUND')
  async attendance(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('sessionId', new ParseUUIDPipe()) sessionId: string,
  ): Promise<SessionAttendanceView[]> {
    return (await this.register.attendance(principal, programmeId, sessionId)).map((a) =>
      SessionAttendanceView.of(a),
    );
  }

  @Get('attendance-flags')
  @Roles(...COUNSELLING_ROLES['attendance.record'])
  @ApiOperation({ summary: 'Members who missed two or more sessions in a row, for the facilitator' })
  @ApiOkResponse({ type: [AttendanceFlagView] })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async flags(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
  ): Promise<AttendanceFlagView[]> {
    return this.register.flags(principal, programmeId);
  }
}
