import { PageQuery } from '@linkage/database';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { NOTIFICATION_KINDS, type Notification, type NotificationKind } from './notification.entity';
import { notificationMessage } from './notification-message';
import type { NotificationOrder } from './notification.repository';

export class NotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['unread_first', 'newest'], default: 'unread_first' })
  @IsOptional()
  @IsIn(['unread_first', 'newest'])
  order: NotificationOrder = 'unread_first';
}

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) shiftId: string | null;
  @ApiProperty({ example: '候补成功：您已确认参加“社区消防安全宣传”。' }) message: string;
  @ApiProperty({
    type: Object,
    nullable: true,
    description: 'The shift as it was (title, startsAt, venue, reason)',
  })
  details: Record<string, unknown> | null;
  @ApiProperty() read: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static of(n: Notification): NotificationView {
    return {
      id: n.id,
      kind: n.kind,
      shiftId: n.shiftId,
      message: notificationMessage(n.kind, n.details),
      details: n.details ? { ...n.details } : null,
      read: n.readAt !== null,
      readAt: n.readAt?.toISOString() ?? null,
      createdAt: n.createdAt.toISOString(),
    };
  }
}

export class NotificationPage {
  @ApiProperty({ type: NotificationView, isArray: true }) items: NotificationView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
  @ApiProperty({ description: 'All unread notifications, not only this page' }) unreadCount: number;
}
