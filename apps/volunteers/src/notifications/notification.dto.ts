import { ApiNextCursor, PageQuery } from '@linkage/database';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  NOTIFICATION_KINDS,
  type Notification,
  type NotificationDetails,
  type NotificationKind,
} from './notification.entity';
import { notificationMessage } from './notification-message';
import type { NotificationOrder } from './notification.repository';

export class NotificationsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['unread_first', 'newest'],
    enumName: 'NotificationOrder',
    default: 'unread_first',
  })
  @IsOptional()
  @IsIn(['unread_first', 'newest'])
  order: NotificationOrder = 'unread_first';
}

/** The shift as it stood when the notification was written. */
export class NotificationDetailsView implements NotificationDetails {
  @ApiPropertyOptional({ example: '社区消防安全宣传' }) shiftTitle?: string;
  @ApiPropertyOptional({ format: 'date-time', example: '2026-10-17T01:00:00.000Z' }) startsAt?: string;
  @ApiPropertyOptional({ example: '滨海路社区居委会活动室' }) venue?: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '台风预警，活动改期' }) reason?:
    string | null;
}

export class NotificationView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-c7d8-7e9f-9a0b-1c2d3e4f5a6b' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind', example: 'waitlist_promoted' })
  kind: NotificationKind;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a',
  })
  shiftId: string | null;
  @ApiProperty({ example: '候补成功：您已确认参加“社区消防安全宣传”。' }) message: string;
  @ApiProperty({ type: NotificationDetailsView, nullable: true, description: 'The shift as it was' })
  details: NotificationDetailsView | null;
  @ApiProperty({ example: false }) read: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: null }) readAt: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T08:00:00.000Z' }) createdAt: string;

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
  @ApiNextCursor() nextCursor: string | null;
  @ApiProperty({ type: 'integer', description: 'All unread notifications, not only this page', example: 2 })
  unreadCount: number;
}
