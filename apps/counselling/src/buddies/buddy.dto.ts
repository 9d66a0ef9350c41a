import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { queryBoolean } from '../programmes/programme.dto';
import type { BuddyRequest } from './buddy-request.entity';
import type { Buddy } from './buddy.entity';
import { NOTIFICATION_KINDS, type Notification, type NotificationKind } from './notification.entity';

export class PairBuddiesDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 2,
    maxItems: 2,
    description: 'The two members’ enrolment ids',
    example: ['0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e', '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6f'],
  })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsUUID('all', { each: true })
  enrolmentIds: string[];
}

export class BuddyRequestDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The enrolment id of the member asked (they show it to you as their buddy code)',
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  @IsUUID('all')
  enrolmentId: string;
}

export class BuddyPairView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: ['0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e', '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6f'],
  })
  enrolmentIds: string[];
  @ApiProperty({
    format: 'uuid',
    description: 'The counsellor who paired them, or the member who accepted',
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  pairedBy: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) createdAt: string;

  static of(b: Buddy): BuddyPairView {
    return {
      programmeId: b.programmeId,
      enrolmentIds: [b.enrolmentId, b.buddyEnrolmentId],
      pairedBy: b.pairedBy,
      createdAt: b.createdAt.toISOString(),
    };
  }
}

export const BUDDY_REQUEST_STATUSES = ['pending', 'paired'] as const;
export type BuddyRequestStatus = (typeof BUDDY_REQUEST_STATUSES)[number];

export class BuddyRequestView {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  id: string | null;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) fromEnrolmentId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6f' }) toEnrolmentId: string;
  @ApiProperty({
    enum: BUDDY_REQUEST_STATUSES,
    enumName: 'BuddyRequestStatus',
    description: 'paired: the other had asked you too, so you are buddies now',
  })
  status: BuddyRequestStatus;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) createdAt: string;

  static of(r: BuddyRequest, status: BuddyRequestStatus = 'pending'): BuddyRequestView {
    return {
      id: status === 'pending' ? r.id : null,
      programmeId: r.programmeId,
      fromEnrolmentId: r.fromEnrolmentId,
      toEnrolmentId: r.toEnrolmentId,
      status,
      createdAt: r.createdAt.toISOString(),
    };
  }
}

/** A request in the member's list: with the other member's name, and which way it goes. */
export class BuddyRequestListView extends BuddyRequestView {
  @ApiProperty({ example: true, description: 'Addressed to the caller (they may accept it)' })
  incoming: boolean;
  @ApiProperty({ example: '赵一鸣' }) otherName: string;
}

/** All a buddy sees of the other: who they are, their streak and their last check-in day. */
export class BuddyView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) enrolmentId: string;
  @ApiProperty({ example: '赵一鸣' }) displayName: string;
  @ApiProperty({ type: 'integer', example: 4, description: 'Smoke-free days in a row' }) streak: number;
  @ApiProperty({ format: 'date', nullable: true, type: String, example: '2026-10-25' })
  lastCheckInOn: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) pairedAt: string;
}

export class BuddyQuietDetailsView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({ example: '赵一鸣', description: 'The buddy who has gone quiet' }) buddyName: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, example: '2026-10-25' })
  lastCheckInOn: string | null;
  @ApiProperty({ type: 'integer', example: 3, description: 'Whole days without a check-in' })
  quietDays: number;
}

export class CounsellingNotificationView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'CounsellingNotificationKind' }) kind: NotificationKind;
  @ApiProperty({ type: BuddyQuietDetailsView }) details: BuddyQuietDetailsView;
  @ApiProperty({ format: 'date-time', example: '2026-10-29T01:00:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-10-29T08:00:00.000Z' })
  readAt: string | null;

  static of(n: Notification): CounsellingNotificationView {
    return {
      id: n.id,
      kind: n.kind,
      details: n.details,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    };
  }
}

export class NotificationQuery {
  @ApiPropertyOptional({ description: 'Only those not read yet', example: true })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  unread?: boolean;
}
