import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import { CounsellingHoursReview } from './counselling-hours-review.service';
import { CounsellingHoursQuery, CounsellingSessionHoursView, RejectHoursDto } from './hours.dto';
import { HoursError } from './hours.error';

/** The hours peer facilitators served at counselling sessions, for the programmes' counsellors to verify. */
@ApiTags('hours')
@ApiBearerAuth('bearer')
@Controller('hours/counselling-sessions')
export class CounsellingHoursController {
  constructor(private readonly review: CounsellingHoursReview) {}

  @Get()
  @Roles(...VOLUNTEERS_ROLES['hours.review_counselling'])
  @ApiOperation({
    summary:
      'Hours served at counselling sessions, newest first (a counsellor: the sessions of their programmes; coordinators: all)',
  })
  @ApiOkResponse({ type: [CounsellingSessionHoursView] })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: CounsellingHoursQuery,
  ): Promise<CounsellingSessionHoursView[]> {
    return (await this.review.list(principal, query.status)).map((h) =>
      CounsellingSessionHoursView.ofSession(h),
    );
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['hours.review_counselling'])
  @ApiOperation({ summary: 'Verify a peer facilitator’s hours at a session (the programme’s counsellors)' })
  @ApiOkResponse({ type: CounsellingSessionHoursView })
  @ApiErrors(HoursError, 'HOURS_NOT_FOUND')
  async verify(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<CounsellingSessionHoursView> {
    return CounsellingSessionHoursView.ofSession(await this.review.verify(principal, id));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['hours.review_counselling'])
  @ApiOperation({ summary: 'Send the hours back with a reason: disputed, for a coordinator to settle' })
  @ApiOkResponse({ type: CounsellingSessionHoursView })
  @ApiErrors(HoursError, 'HOURS_NOT_FOUND', 'HOURS_ALREADY_VERIFIED')
  async reject(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RejectHoursDto,
  ): Promise<CounsellingSessionHoursView> {
    return CounsellingSessionHoursView.ofSession(await this.review.reject(principal, id, body.reason));
  }
}
