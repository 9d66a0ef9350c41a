import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COUNSELLING_ROLES } from '../access/counselling.access';
import { CounsellingNotificationView, NotificationQuery } from './buddy.dto';
import { BuddyError } from './buddy.error';
import { NotificationService } from './notification.service';

@ApiTags('notifications')
@ApiBearerAuth('bearer')
@Controller('counselling/notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @Roles(...COUNSELLING_ROLES['own.use'])
  @ApiOperation({ summary: 'The caller’s counselling notifications (buddy nudges), newest first' })
  @ApiOkResponse({ type: [CounsellingNotificationView] })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: NotificationQuery,
  ): Promise<CounsellingNotificationView[]> {
    return (await this.notifications.list(principal, query.unread ?? false)).map((n) =>
      CounsellingNotificationView.of(n),
    );
  }

  @Post(':notificationId/read')
  @HttpCode(200)
  @Roles(...COUNSELLING_ROLES['own.use'])
  @ApiOperation({ summary: 'Mark one of the caller’s notifications read' })
  @ApiOkResponse({ type: CounsellingNotificationView })
  @ApiErrors(BuddyError, 'NOTIFICATION_NOT_FOUND')
  async markRead(
    @CurrentPrincipal() principal: Principal,
    @Param('notificationId', new ParseUUIDPipe()) notificationId: string,
  ): Promise<CounsellingNotificationView> {
    return CounsellingNotificationView.of(await this.notifications.markRead(principal, notificationId));
  }
}
