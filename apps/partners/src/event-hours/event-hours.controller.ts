import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PARTNERS_ROLES } from '../access/partners.access';
import { EventRegistrationError } from '../event-registrations/event-registration.error';
import { EventHoursDisputeDto, EventHoursList, EventHoursView } from './event-hours.dto';
import { EventHoursError } from './event-hours.error';
import { EventHoursService } from './event-hours.service';

@ApiTags('events')
@ApiBearerAuth('bearer')
@Controller('events/:id/hours')
export class EventHoursController {
  constructor(private readonly hours: EventHoursService) {}

  @Get()
  @Roles(...PARTNERS_ROLES['event.read'])
  @ApiOperation({
    summary: "Volunteers' hours at the event's shifts, with the organisation's decision on each",
  })
  @ApiOkResponse({ type: EventHoursList })
  @ApiErrors(EventRegistrationError, 'EVENT_NOT_FOUND')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<EventHoursList> {
    return { items: (await this.hours.list(principal, id)).map((r) => EventHoursView.of(r)) };
  }

  @Post(':hoursRecordId/confirm')
  @HttpCode(200)
  @Roles(...PARTNERS_ROLES['event.certify_hours'])
  @ApiOperation({
    summary: 'Confirm a volunteer’s hours at the event (a member of the organisation, or a coordinator)',
    description:
      'Publishes partners.hours.certified.v1: the hours count as verified by the organisation. Confirming again answers the same record and publishes nothing.',
  })
  @ApiOkResponse({ type: EventHoursView })
  @ApiErrors(EventRegistrationError, 'EVENT_NOT_FOUND')
  @ApiErrors(EventHoursError, 'EVENT_HOURS_NOT_FOUND')
  async confirm(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('hoursRecordId', new ParseUUIDPipe()) hoursRecordId: string,
  ): Promise<EventHoursView> {
    return EventHoursView.of(await this.hours.decide(principal, id, hoursRecordId, 'confirmed', null));
  }

  @Post(':hoursRecordId/dispute')
  @HttpCode(200)
  @Roles(...PARTNERS_ROLES['event.certify_hours'])
  @ApiOperation({
    summary: 'Dispute a volunteer’s hours at the event, with the reason',
    description: 'Publishes partners.hours.certified.v1 (disputed): the coordinator follows it up.',
  })
  @ApiOkResponse({ type: EventHoursView })
  @ApiErrors(EventRegistrationError, 'EVENT_NOT_FOUND')
  @ApiErrors(EventHoursError, 'EVENT_HOURS_NOT_FOUND', 'EVENT_HOURS_ALREADY_CONFIRMED')
  async dispute(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('hoursRecordId', new ParseUUIDPipe()) hoursRecordId: string,
    @Body() body: EventHoursDisputeDto,
  ): Promise<EventHoursView> {
    return EventHoursView.of(await this.hours.decide(principal, id, hoursRecordId, 'disputed', body.reason));
  }
}
