import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import type { Page } from '@linkage/database';
import { ApiErrors } from '@linkage/errors';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import { VolunteerError } from '../volunteers/volunteer.error';
import type { AssignmentRow } from './signup-data';
import { AssignmentPage, AssignmentView, AssignmentsQuery } from './signup.dto';
import { SignupQueries } from './signup-queries.service';

/** A volunteer's sign-ups with their shifts: what "my assignments" shows. */
@ApiTags('volunteers')
@ApiBearerAuth('bearer')
@Controller('volunteers')
export class AssignmentController {
  constructor(private readonly signups: SignupQueries) {}

  @Get('me/assignments')
  @Roles(...VOLUNTEERS_ROLES['own.use'])
  @ApiOperation({
    summary: 'My assignments: upcoming (soonest first) or past (latest first), with their shifts',
  })
  @ApiOkResponse({ type: AssignmentPage })
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async mine(
    @CurrentPrincipal() principal: Principal,
    @Query() query: AssignmentsQuery,
  ): Promise<AssignmentPage> {
    return pageOf(await this.signups.ownAssignments(principal, query));
  }

  @Get(':id/assignments')
  @Roles(...VOLUNTEERS_ROLES['volunteer.read'])
  @ApiOperation({ summary: 'A volunteer’s assignments (coordinators; a volunteer only their own)' })
  @ApiOkResponse({ type: AssignmentPage })
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async of(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: AssignmentsQuery,
  ): Promise<AssignmentPage> {
    return pageOf(await this.signups.assignments(principal, id, query));
  }
}

function pageOf(page: Page<AssignmentRow>): AssignmentPage {
  const now = new Date();
  return { items: page.items.map((a) => AssignmentView.of(a, now)), nextCursor: page.nextCursor };
}
