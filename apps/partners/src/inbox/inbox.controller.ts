import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PARTNERS_ROLES } from '../access/partners.access';
import { AcceptInboxItemDto, InboxItemView, InboxPage, ListInboxQuery, RecordOutcomeDto } from './inbox.dto';
import { InboxError } from './inbox.error';
import { InboxService } from './inbox.service';

@ApiTags('inbox')
@ApiBearerAuth('bearer')
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Roles(...PARTNERS_ROLES['inbox.read'])
  @ApiOperation({
    summary: 'The partner inbox: work items other services addressed to the organisation, newest first',
    description:
      'A partner member sees their organisation’s items; coordinators and admins every organisation’s.',
  })
  @ApiOkResponse({ type: InboxPage })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListInboxQuery): Promise<InboxPage> {
    const page = await this.inbox.list(principal, query);
    return { items: page.items.map((i) => InboxItemView.of(i)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(...PARTNERS_ROLES['inbox.read'])
  @ApiOperation({ summary: 'One inbox item, with its origin and what was done with it' })
  @ApiOkResponse({ type: InboxItemView })
  @ApiErrors(InboxError, 'INBOX_ITEM_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<InboxItemView> {
    return InboxItemView.of(await this.inbox.get(principal, id));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles(...PARTNERS_ROLES['inbox.act'])
  @ApiOperation({
    summary: 'Accept an item (a member of the organisation it is addressed to)',
    description: 'Publishes partners.inbox.outcome-recorded.v1 with status accepted, so the sender knows.',
  })
  @ApiOkResponse({ type: InboxItemView })
  @ApiErrors(InboxError, 'INBOX_ITEM_NOT_FOUND', 'INBOX_ITEM_TRANSITION_INVALID')
  async accept(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AcceptInboxItemDto,
  ): Promise<InboxItemView> {
    return InboxItemView.of(await this.inbox.accept(principal, id, body));
  }

  @Post(':id/outcome')
  @HttpCode(200)
  @Roles(...PARTNERS_ROLES['inbox.act'])
  @ApiOperation({
    summary: 'Record what came of an item: completed or declined, with a category and notes',
    description: 'Publishes partners.inbox.outcome-recorded.v1; the item is closed afterwards.',
  })
  @ApiOkResponse({ type: InboxItemView })
  @ApiErrors(InboxError, 'INBOX_ITEM_NOT_FOUND', 'INBOX_ITEM_TRANSITION_INVALID')
  async recordOutcome(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordOutcomeDto,
  ): Promise<InboxItemView> {
    return InboxItemView.of(await this.inbox.recordOutcome(principal, id, body));
  }
}
