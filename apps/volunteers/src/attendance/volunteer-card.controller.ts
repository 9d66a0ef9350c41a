import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import { ShiftError } from '../shifts/shift.error';
import { SignupError } from '../signups/signup.error';
import { VolunteerError } from '../volunteers/volunteer.error';
import { AttendanceView, CardScanDto, CardScanView, VolunteerCardView } from './attendance.dto';
import { AttendanceError } from './attendance.error';
import { CardScan } from './card-scan.service';
import { VolunteerCards } from './volunteer-cards.service';

@ApiTags('attendance')
@ApiBearerAuth('bearer')
@Controller()
export class VolunteerCardController {
  constructor(
    private readonly cards: VolunteerCards,
    private readonly scans: CardScan,
  ) {}

  @Get('volunteers/me/card')
  @Roles(...VOLUNTEERS_ROLES['card.show'])
  @ApiOperation({ summary: 'My electronic volunteer card with its rotating QR codes (the volunteer)' })
  @ApiOkResponse({ type: VolunteerCardView })
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async card(@CurrentPrincipal() principal: Principal): Promise<VolunteerCardView> {
    const { profile, codes, periodSeconds } = await this.cards.own(principal);
    const v = profile.volunteer;
    return {
      volunteerId: v.id,
      name: v.name,
      nationalVolunteerNumber: v.nationalVolunteerNumber,
      studentNumber: v.studentNumber,
      department: v.department,
      codes: codes.map((c) => ({
        code: c.code,
        validFrom: c.validFrom.toISOString(),
        rotatesAt: c.rotatesAt.toISOString(),
      })),
      periodSeconds,
    };
  }

  @Post('shifts/:id/attendance/card-scan')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['shift.manage'])
  @ApiOperation({
    summary:
      'Check a volunteer in or out by scanning their card; a walk-in with a reason (coordinators; its team’s leaders)',
  })
  @ApiOkResponse({ type: CardScanView })
  @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND', 'SHIFT_MANAGE_FORBIDDEN')
  @ApiErrors(
    AttendanceError,
    'VOLUNTEER_CARD_INVALID',
    'VOLUNTEER_CARD_EXPIRED',
    'VOLUNTEER_CARD_WRONG_PURPOSE',
    'CARD_VOLUNTEER_NOT_SIGNED_UP',
    'ATTENDANCE_SHIFT_NOT_ACTIVE',
    'CHECK_IN_TOO_EARLY',
    'CHECK_IN_CLOSED',
    'ATTENDANCE_NOT_CHECKED_IN',
    'CHECK_OUT_CLOSED',
    'ATTENDANCE_IN_FUTURE',
    'SCAN_TOO_OLD',
  )
  @ApiErrors(SignupError, 'SHIFT_FULL', 'SHIFT_OVERLAP', 'SIGNUP_REQUIREMENTS_MISSING', 'SHIFT_NOT_OPEN')
  async scan(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CardScanDto,
  ): Promise<CardScanView> {
    const result = await this.scans.scan(principal, id, body);
    return {
      attendance: AttendanceView.of(result.attendance),
      volunteer: result.volunteer,
      changed: result.changed,
      walkedIn: result.walkedIn,
    };
  }
}
