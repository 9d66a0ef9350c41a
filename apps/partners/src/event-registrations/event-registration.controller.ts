import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PARTNERS_ROLES } from '../access/partners.access';
import { EventEditing } from './event-editing.service';
import { EventLifecycleService } from './event-lifecycle.service';
import {
  CreateEventRegistrationDto,
  EventChangeRequestDto,
  EventHistoryView,
  EventNoteDto,
  EventReasonDto,
  EventRegistrationPage,
  EventRegistrationView,
  EventTransitionView,
  ListEventRegistrationsQuery,
  UpdateEventRegistrationDto,
} from './event-registration.dto';
import { EventRegistrationError } from './event-registration.error';
import { EventRegistrationService, type NamedEvent } from './event-registration.service';

const view = ({ event, organisationName }: NamedEvent) => EventRegistrationView.of(event, organisationName);

/** `/api/events`: partner organisations' event registrations (not the event bus). */
@ApiTags('events')
@ApiBearerAuth('bearer')
@Controller('events')
export class EventRegistrationController {
  constructor(
    private readonly registrations: EventRegistrationService,
    private readonly editing: EventEditing,
    private readonly lifecycle: EventLifecycleService,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...PARTNERS_ROLES['event.create'])
  @ApiOperation({
    summary: 'Register an event as a draft (a partner member: for their own organisation)',
    description:
      'The schedule is one occurrence or weekly on given days until a date (at most 60 occurrences); each role becomes one shift per occurrence once the event is approved.',
  })
  @ApiCreatedResponse({ type: EventRegistrationView })
  @ApiErrors(
    EventRegistrationError,
    'EVENT_SCHEDULE_INVALID',
    'EVENT_ROLES_INVALID',
    'EVENT_ORGANISATION_UNKNOWN',
    'EVENT_ORGANISATION_SUSPENDED',
    'EVENT_PROJECT_UNKNOWN',
  )
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateEventRegistrationDto,
  ): Promise<EventRegistrationView> {
    return view(await this.editing.create(principal, body));
  }

  @Get()
  @Roles(...PARTNERS_ROLES['event.read'])
  @ApiOperation({
    summary: "List events, newest first (a partner member: their own organisation's; coordinators: all)",
  })
  @ApiOkResponse({ type: EventRegistrationPage })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListEventRegistrationsQuery,
  ): Promise<EventRegistrationPage> {
    const page = await this.registrations.list(principal, query);
    return { items: page.items.map(view), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(...PARTNERS_ROLES['event.read'])
  @ApiOperation({ summary: 'One event' })
  @ApiOkResponse({ type: EventRegistrationView })
  @ApiErrors(EventRegistrationError, 'EVENT_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<EventRegistrationView> {
    return view(await this.registrations.get(principal, id));
  }

  @Patch(':id')
  @Roles(...PARTNERS_ROLES['event.update'])
  @ApiOperation({
    summary: 'Edit an event (a draft or one sent back for changes; an approved one: coordinators)',
    description:
      'A change to an approved event publishes partners.event.changed.v1 with the next version, and its shifts follow.',
  })
  @ApiOkResponse({ type: EventRegistrationView })
  @ApiErrors(
    EventRegistrationError,
    'EVENT_SCHEDULE_INVALID',
    'EVENT_ROLES_INVALID',
    'EVENT_NOT_FOUND',
    'EVENT_NOT_EDITABLE',
    'EVENT_VERSION_CONFLICT',
    'EVENT_PROJECT_UNKNOWN',
  )
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateEventRegistrationDto,
  ): Promise<EventRegistrationView> {
    return view(await this.editing.update(principal, id, body));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(...PARTNERS_ROLES['event.submit'])
  @ApiOperation({ summary: 'Submit the event for review, or resubmit it after changes' })
  @ApiOkResponse({ type: EventRegistrationView })
  @ApiErrors(
    EventRegistrationError,
    'EVENT_NOT_FOUND',
    'EVENT_TRANSITION_NOT_ALLOWED',
    'EVENT_ORGANISATION_SUSPENDED',
  )
  async submit(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: EventNoteDto,
  ): Promise<EventRegistrationView> {
    return view(await this.lifecycle.transition(principal, id, 'submit', body.comment || null));
  }

  @Post(':id/request-changes')
  @HttpCode(200)
  @Roles(...PARTNERS_ROLES['event.review'])
  @ApiOperation({ summary: 'Send a submitted event back to the partner with what to change (coordinators)' })
  @ApiOkResponse({ type: EventRegistrationView })
  @ApiErrors(EventRegistrationError, 'EVENT_NOT_FOUND', 'EVENT_TRANSITION_NOT_ALLOWED')
  async requestChanges(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: EventChangeRequestDto,
  ): Promise<EventRegistrationView> {
    return view(await this.lifecycle.transition(principal, id, 'request_changes', body.comment));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...PARTNERS_ROLES['event.review'])
  @ApiOperation({
    summary: 'Approve a submitted event (coordinators)',
    description: 'Publishes partners.event.approved.v1: volunteers makes one shift per role and occurrence.',
  })
  @ApiOkResponse({ type: EventRegistrationView })
  @ApiErrors(EventRegistrationError, 'EVENT_NOT_FOUND', 'EVENT_TRANSITION_NOT_ALLOWED')
  async approve(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: EventNoteDto,
  ): Promise<EventRegistrationView> {
    return view(await this.lifecycle.transition(principal, id, 'approve', body.comment || null));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles(...PARTNERS_ROLES['event.review'])
  @ApiOperation({ summary: 'Reject a submitted event, with the reason (coordinators)' })
  @ApiOkResponse({ type: EventRegistrationView })
  @ApiErrors(EventRegistrationError, 'EVENT_NOT_FOUND', 'EVENT_TRANSITION_NOT_ALLOWED')
  async reject(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: EventReasonDto,
  ): Promise<EventRegistrationView> {
    return view(await this.lifecycle.transition(principal, id, 'reject', body.reason));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...PARTNERS_ROLES['event.cancel'])
  @ApiOperation({
    summary: 'Cancel an event, with the reason',
    description:
      'Cancelling an approved event publishes partners.event.cancelled.v1: its shifts are cancelled.',
  })
  @ApiOkResponse({ type: EventRegistrationView })
  @ApiErrors(EventRegistrationError, 'EVENT_NOT_FOUND', 'EVENT_TRANSITION_NOT_ALLOWED')
  async cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: EventReasonDto,
  ): Promise<EventRegistrationView> {
    return view(await this.lifecycle.transition(principal, id, 'cancel', body.reason));
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Roles(...PARTNERS_ROLES['event.complete'])
  @ApiOperation({ summary: 'Mark an approved event as held' })
  @ApiOkResponse({ type: EventRegistrationView })
  @ApiErrors(EventRegistrationError, 'EVENT_NOT_FOUND', 'EVENT_TRANSITION_NOT_ALLOWED')
  async complete(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: EventNoteDto,
  ): Promise<EventRegistrationView> {
    return view(await this.lifecycle.transition(principal, id, 'complete', body.comment || null));
  }

  @Get(':id/history')
  @Roles(...PARTNERS_ROLES['event.read'])
  @ApiOperation({
    summary: "The event's history, oldest first: every transition with who, when and what they said",
  })
  @ApiOkResponse({ type: EventHistoryView })
  @ApiErrors(EventRegistrationError, 'EVENT_NOT_FOUND')
  async history(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<EventHistoryView> {
    return { items: (await this.registrations.history(principal, id)).map((t) => EventTransitionView.of(t)) };
  }
}
