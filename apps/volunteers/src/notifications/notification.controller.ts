import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import { NotificationPage, NotificationsQuery, NotificationView } from './notification.dto';
import { NotificationError } from './notification.error';
import { NotificationService } from './notification.service';

@ApiTags('volunteers')
@ApiBearerAuth('bearer')
@Controller('volunteers/me/notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @Roles(...VOLUNTEERS_ROLES['own.use'])
  @ApiOperation({ summary: 'My notifications: unread first (or newest first), with the unread count' })
  @ApiOkResponse({ type: NotificationPage })
  async mine(
    @CurrentPrincipal() principal: Principal,
    @Query() query: NotificationsQuery,
  ): Promise<NotificationPage> {
    const page = await this.notifications.mine(principal, query, query.order);
    return {
      items: page.items.map((n) => NotificationView.of(n)),
      nextCursor: page.nextCursor,
      unreadCount: page.unreadCount,
    };
  }

  @Post(':id/read')
  @HttpCode(200)
  @Roles(...VOLUNTEERS_ROLES['own.use'])
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiOkResponse({ type: NotificationView })
  @ApiErrors(NotificationError, 'NOTIFICATION_NOT_FOUND')
  async read(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<NotificationView> {
    return NotificationView.of(await this.notifications.markRead(principal, id));
  }
}
