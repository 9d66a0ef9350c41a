import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import {
  AttendanceView,
  CheckInCodeQuery,
  CheckInCodeView,
  NoShowDto,
  RecordAttendanceDto,
  ScanDto,
} from './attendance.dto';
import { ShiftError } from '../shifts/shift.error';
import { VolunteerError } from '../volunteers/volunteer.error';
import { AttendanceError } from './attendance.error';
import { AttendanceScan } from './attendance-scan.service';
import { AttendanceService } from './attendance.service';
import { CheckInCodes } from './check-in-codes.service';

@ApiTags('attendance')
@ApiBearerAuth('bearer')
@Controller()
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly scans: AttendanceScan,
    private readonly codes: CheckInCodes,
  ) {}

  @Get('shifts/:id/check-in-code')
  @Roles(...VOLUNTEERS_ROLES['shift.manage'])
  @ApiOperation({ summary: 'The rotating check-in or check-out QR code (coordinators; its team’s leaders)' })
  @ApiOkResponse({ type: CheckInCodeView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND', 'SHIFT_MANAGE_FORBIDDEN')
  @ApiErrors(AttendanceError, 'ATTENDANCE_SHIFT_NOT_ACTIVE')
  async code(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CheckInCodeQuery,
  ): Promise<CheckInCodeView> {
    const { code, rotatesAt } = await this.codes.issue(principal, id, query.purpose);
    return { code, rotatesAt: rotatesAt.toISOString() };
  }

  @Post('attendance/scan')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['own.use'])
  @ApiOperation({ summary: 'Check in or out by scanning the shift’s code (a confirmed volunteer)' })
  @ApiOkResponse({ type: AttendanceView })
  @ApiErrors(
    AttendanceError,
    'CHECK_IN_CODE_INVALID',
    'CHECK_IN_CODE_EXPIRED',
    'ATTENDANCE_NOT_CONFIRMED',
    'ATTENDANCE_SHIFT_NOT_ACTIVE',
    'CHECK_IN_TOO_EARLY',
    'CHECK_IN_CLOSED',
    'ATTENDANCE_NOT_CHECKED_IN',
    'CHECK_OUT_CLOSED',
    'ATTENDANCE_TIMES_INVALID',
    'ATTENDANCE_IN_FUTURE',
    'SCAN_TOO_OLD',
  )
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async scan(@CurrentPrincipal() principal: Principal, @Body() body: ScanDto): Promise<AttendanceView> {
    return AttendanceView.of((await this.scans.scan(principal, body)).attendance);
  }

  @Get('shifts/:id/attendance')
  @Roles(...VOLUNTEERS_ROLES['shift.manage'])
  @ApiOperation({ summary: 'The shift’s attendance with its flags (coordinators; its team’s leaders)' })
  @ApiOkResponse({ type: AttendanceView, isArray: true })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND', 'SHIFT_MANAGE_FORBIDDEN')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<AttendanceView[]> {
    const now = new Date();
    return (await this.attendance.ofShift(principal, id)).map((a) => AttendanceView.of(a, now));
  }

  @Post('shifts/:id/attendance')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['shift.manage'])
  @ApiOperation({ summary: 'Record someone’s check-in/out with a reason (coordinators; its team’s leaders)' })
  @ApiOkResponse({ type: AttendanceView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND', 'SHIFT_MANAGE_FORBIDDEN')
  @ApiErrors(AttendanceError, 'ATTENDANCE_TIMES_INVALID', 'ATTENDANCE_IN_FUTURE', 'ATTENDANCE_NOT_CONFIRMED')
  async record(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordAttendanceDto,
  ): Promise<AttendanceView> {
    return AttendanceView.of(await this.attendance.recordFor(principal, id, body));
  }

  @Post('shifts/:id/attendance/:volunteerId/no-show')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['shift.manage'])
  @ApiOperation({ summary: 'Record a no-show (coordinators; its team’s leaders)' })
  @ApiOkResponse({ type: AttendanceView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND', 'SHIFT_MANAGE_FORBIDDEN')
  @ApiErrors(AttendanceError, 'ATTENDANCE_NOT_CONFIRMED', 'ATTENDANCE_ALREADY_CHECKED_IN')
  async noShow(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('volunteerId', new ParseUUIDPipe()) volunteerId: string,
    @Body() body: NoShowDto,
  ): Promise<AttendanceView> {
    return AttendanceView.of(await this.attendance.noShow(principal, id, volunteerId, body));
  }
}
