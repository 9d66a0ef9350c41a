import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PARTNERS_ROLES } from '../access/partners.access';
import { EventRegistrationError } from '../event-registrations/event-registration.error';
import { EventStaffingView } from './event-staffing.dto';
import { EventStaffingService } from './event-staffing.service';

@ApiTags('events')
@ApiBearerAuth('bearer')
@Controller('events')
export class EventStaffingController {
  constructor(private readonly staffing: EventStaffingService) {}

  @Get(':id/staffing')
  @Roles(...PARTNERS_ROLES['event.read'])
  @ApiOperation({
    summary:
      'How the event is staffed: needed, confirmed and waitlisted, per event and per shift, and what is at risk',
  })
  @ApiOkResponse({ type: EventStaffingView })
  @ApiErrors(EventRegistrationError, 'EVENT_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<EventStaffingView> {
    return EventStaffingView.of(await this.staffing.forEvent(principal, id));
  }
}
