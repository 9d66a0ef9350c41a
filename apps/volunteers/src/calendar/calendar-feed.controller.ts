import { Public } from '@linkage/auth';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiErrors } from '@linkage/errors';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CalendarError } from './calendar.error';
import { CalendarService } from './calendar.service';

/**
 * The iCalendar feed phone calendars subscribe to. Public on purpose: calendar apps send no tokens, so
 * the secret is the address itself (revocable, stored hashed).
 */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly calendars: CalendarService) {}

  @Get(':token.ics')
  @Public()
  @ApiOperation({
    summary: 'A volunteer’s confirmed shifts as an iCalendar feed (the address is the secret)',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  // An unknown or revoked address.
  @ApiErrors(CalendarError, 'CALENDAR_NOT_FOUND')
  async feed(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.calendars.feed(token);
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300')
      .header('content-disposition', 'inline; filename="linkage.ics"');
    return body;
  }
}
