import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Controller, Delete, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import { VolunteerError } from '../volunteers/volunteer.error';
import { CalendarService } from './calendar.service';

export class CalendarTokenView {
  @ApiProperty({
    description: 'The secret; shown only now. Anyone with it can read the feed.',
    example: '3q2-7wEXAMPLEtoken',
  })
  token: string;
  @ApiProperty({
    example: '/api/calendar/3q2-7wEXAMPLEtoken.ics',
    description: 'The feed, below the API’s origin; subscribe with https:// or webcal://',
  })
  path: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-08T09:00:00.000Z' }) createdAt: string;
}

@ApiTags('volunteers')
@ApiBearerAuth('bearer')
@Controller('volunteers/me/calendar-token')
export class CalendarTokenController {
  constructor(private readonly calendars: CalendarService) {}

  @Post()
  @HttpCode(201)
  @Roles(...VOLUNTEERS_ROLES['own.use'])
  @ApiOperation({ summary: 'Create my calendar feed address, or replace it (the old one stops working)' })
  @ApiCreatedResponse({ type: CalendarTokenView })
  // An account with the volunteer role but no profile has no calendar of its own.
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async issue(@CurrentPrincipal() principal: Principal): Promise<CalendarTokenView> {
    const issued = await this.calendars.issue(principal);
    return { token: issued.token, path: issued.path, createdAt: issued.createdAt.toISOString() };
  }

  @Delete()
  @HttpCode(204)
  @Roles(...VOLUNTEERS_ROLES['own.use'])
  @ApiOperation({ summary: 'Revoke my calendar feed address' })
  @ApiNoContentResponse()
  @ApiErrors(VolunteerError, 'VOLUNTEER_NOT_FOUND')
  async revoke(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.calendars.revoke(principal);
  }
}
