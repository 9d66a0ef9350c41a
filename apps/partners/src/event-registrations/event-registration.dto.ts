import { ApiNextCursor, PageQuery } from '@linkage/database';
import { isCalendarDate, IsLaterThan } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { EVENT_KINDS, type EventKind } from './event-kind';
import {
  EVENT_HISTORY_ACTIONS,
  EVENT_STATUSES,
  type EventHistoryAction,
  type EventStatus,
} from './event-lifecycle.rule';
import { venueOf, type EventRegistration } from './event-registration.entity';
import type { EventTransition } from './event-transition.entity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const trimEachOnce = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? [...new Set(value.map((item: unknown) => trim({ value: item })))] : value;

/**
 * Texts that travel in partners.event.*.v1 are bounded as the contract bounds them (UTF-16 length, which
 * is never less than the characters a utf8mb4 column counts, so they fit their columns too).
 */

/** An instant with its offset, so "09:00" is never read in the wrong zone. */
const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const instant = (field: string) => ({
  message: `${field} must be an ISO 8601 date-time with an offset, like 2026-12-05T09:00:00+08:00`,
});
/** The key of a role, as the event contracts have it: stays the same when the role is edited. */
const ROLE_KEY = /^[a-z0-9][a-z0-9-]{0,23}$/;
const SIGNUP_MODES = ['auto', 'approval'] as const;

function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isCalendarDate(value),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property} must be a real date written YYYY-MM-DD`,
    },
  });
}

export class EventVenueDto {
  @ApiProperty({ example: '滨海路社区党群服务中心', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '烟台市莱山区滨海路 88 号', maxLength: 300, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ example: 37.4638, minimum: -90, maximum: 90, nullable: true, type: Number })
  @ValidateIf((o: EventVenueDto) => o.latitude != null || o.longitude != null)
  @IsNumber({ maxDecimalPlaces: 6 })
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ example: 121.4479, minimum: -180, maximum: 180, nullable: true, type: Number })
  @ValidateIf((o: EventVenueDto) => o.latitude != null || o.longitude != null)
  @IsNumber({ maxDecimalPlaces: 6 })
  @Min(-180)
  @Max(180)
  longitude?: number | null;
}

export class EventRecurrenceDto {
  @ApiProperty({
    type: [Number],
    example: [2, 6],
    description: 'ISO weekdays the event repeats on: 1 Monday … 7 Sunday',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  daysOfWeek: number[];

  @ApiProperty({ example: '2026-12-31', format: 'date', description: 'The last local date it may fall on' })
  @IsCalendarDate()
  until: string;
}

export class EventScheduleDto {
  @ApiProperty({ example: '2026-12-05T09:00:00+08:00', description: 'The (first) occurrence’s start' })
  @IsISO8601({ strict: true }, instant('startsAt'))
  @Matches(WITH_OFFSET, instant('startsAt'))
  startsAt: string;

  @ApiProperty({ example: '2026-12-05T11:30:00+08:00', description: 'Its end: at most 24 hours later' })
  @IsISO8601({ strict: true }, instant('endsAt'))
  @Matches(WITH_OFFSET, instant('endsAt'))
  @IsLaterThan('startsAt')
  endsAt: string;

  @ApiPropertyOptional({
    type: EventRecurrenceDto,
    nullable: true,
    description: 'Weekly on the given days until a date (at most 60 occurrences); none for one occurrence',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventRecurrenceDto)
  recurrence?: EventRecurrenceDto | null;
}

export class EventRoleDto {
  @ApiProperty({
    example: 'guide',
    description: 'Stable within the event (lower-case letters, digits, -): keep it when editing the role',
  })
  @Matches(ROLE_KEY, {
    message: 'key must be 1–24 lower-case letters, digits or -, starting with a letter or digit',
  })
  key: string;

  @ApiProperty({ example: '签到引导', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 4, minimum: 1, maximum: 500, description: 'Volunteers needed per occurrence' })
  @IsInt()
  @Min(1)
  @Max(500)
  count: number;

  @ApiPropertyOptional({ type: [String], example: ['急救'], default: [] })
  @IsOptional()
  @Transform(trimEachOnce)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(60, { each: true })
  requiredSkills: string[] = [];

  @ApiPropertyOptional({ type: [String], example: ['红十字救护员证'], default: [] })
  @IsOptional()
  @Transform(trimEachOnce)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(60, { each: true })
  requiredCertifications: string[] = [];

  @ApiPropertyOptional({
    enum: SIGNUP_MODES,
    enumName: 'EventSignupMode',
    default: 'auto',
    example: 'auto',
    description: 'auto: a sign-up takes a place at once; approval: it waits for a coordinator',
  })
  @IsOptional()
  @IsIn(SIGNUP_MODES)
  signupMode: 'auto' | 'approval' = 'auto';
}

export class EventContactDto {
  @ApiProperty({ example: '王丽', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: '13805351234', description: 'A mobile or landline number (digits, +, -, spaces)' })
  @Matches(/^[0-9+\-() ]{5,40}$/, { message: 'phone must be 5–40 digits, +, -, ( ) or spaces' })
  phone: string;
}

export class EventAttachmentDto {
  @ApiProperty({ example: '活动方案.pdf', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    example: 'https://files.example.org/plan.pdf',
    nullable: true,
    type: String,
    description: 'Where the file is; give this or storageKey',
  })
  @ValidateIf((o: EventAttachmentDto) => o.storageKey == null || o.url != null)
  @Matches(/^https?:\/\/\S+$/, { message: 'url must be an http(s) URL' })
  @MaxLength(1000)
  url?: string | null;

  @ApiPropertyOptional({
    example: 'partners/events/2026/plan.pdf',
    nullable: true,
    type: String,
    description: 'The object-storage key of the file; give this or url',
  })
  @ValidateIf((o: EventAttachmentDto) => o.url == null || o.storageKey != null)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  storageKey?: string | null;

  @ApiProperty({ example: 482133, minimum: 0, maximum: 104857600, description: 'Bytes' })
  @IsInt()
  @Min(0)
  @Max(104_857_600)
  size: number;

  @ApiProperty({ example: 'application/pdf' })
  @Matches(/^[\w.+-]+\/[\w.+-]+$/, { message: 'mimeType must be a MIME type like application/pdf' })
  @MaxLength(100)
  mimeType: string;
}

export class CreateEventRegistrationDto {
  @ApiPropertyOptional({
    format: 'uuid',
    example: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f',
    description:
      "The organisation it is for: a partner member's own (may be left out); required for coordinators",
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiProperty({ example: '重阳节敬老探访', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({
    example: '走访辖区独居老人，陪伴聊天、测量血压。',
    maxLength: 4000,
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiProperty({ enum: EVENT_KINDS, enumName: 'EventKind', example: 'elderly_care_visit' })
  @IsIn(EVENT_KINDS)
  kind: EventKind;

  @ApiPropertyOptional({ example: '滨海路社区', maxLength: 100, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  community?: string | null;

  @ApiProperty({ type: EventVenueDto })
  @ValidateNested()
  @Type(() => EventVenueDto)
  venue: EventVenueDto;

  @ApiProperty({ type: EventScheduleDto })
  @ValidateNested()
  @Type(() => EventScheduleDto)
  schedule: EventScheduleDto;

  @ApiProperty({ type: [EventRoleDto], description: '1 to 20 roles, each with its own key' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EventRoleDto)
  roles: EventRoleDto[];

  @ApiPropertyOptional({ type: EventContactDto, nullable: true, description: 'Who to call on the day' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventContactDto)
  contact?: EventContactDto | null;

  @ApiPropertyOptional({ type: [EventAttachmentDto], description: 'Up to 10 files’ metadata' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => EventAttachmentDto)
  attachments?: EventAttachmentDto[];

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0192b7e2-9a8b-7c6d-8e5f-4a3b2c1d0e9f',
    nullable: true,
    type: String,
    description: 'The joint project it belongs to',
  })
  @IsOptional()
  @IsUUID()
  projectId?: string | null;
}

/** Any of the fields, and optionally the version the edit was made from (409 when it has moved on). */
export class UpdateEventRegistrationDto extends PartialType(
  OmitType(CreateEventRegistrationDto, ['organisationId'] as const),
) {
  @ApiPropertyOptional({ example: 3, minimum: 1, description: 'The version the edit was made from' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class EventChangeRequestDto {
  @ApiProperty({ example: '请补充活动当天的联系人电话，并把签到引导增加到 3 人。', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  comment: string;
}

export class EventReasonDto {
  @ApiProperty({ example: '场地临时被征用，活动取消。', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class EventNoteDto {
  @ApiPropertyOptional({ example: '已核对，同意。', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ListEventRegistrationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: EVENT_STATUSES, enumName: 'EventStatus' })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;

  @ApiPropertyOptional({ format: 'uuid', example: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0192b7e2-9a8b-7c6d-8e5f-4a3b2c1d0e9f',
    description: 'Events of this joint project',
  })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({
    example: '2026-12-01T00:00:00+08:00',
    description: 'Events that end after this instant',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, instant('from'))
  @Matches(WITH_OFFSET, instant('from'))
  from?: string;

  @ApiPropertyOptional({
    example: '2027-01-01T00:00:00+08:00',
    description: 'Events that start before this instant',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, instant('to'))
  @Matches(WITH_OFFSET, instant('to'))
  to?: string;
}

export class EventOccurrenceView {
  @ApiProperty({ example: '2026-12-05', description: 'Its local date: stable across edits of the time' })
  key: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-05T01:00:00.000Z' }) startsAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-05T03:30:00.000Z' }) endsAt: string;
}

export class EventRegistrationView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f' }) organisationId: string;
  @ApiProperty({ example: '滨海路社区居委会' }) organisationName: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', example: null }) projectId: string | null;
  @ApiProperty({ example: '重阳节敬老探访' }) title: string;
  @ApiProperty({ nullable: true, type: String, example: '走访辖区独居老人，陪伴聊天、测量血压。' })
  description: string | null;
  @ApiProperty({ enum: EVENT_KINDS, enumName: 'EventKind', example: 'elderly_care_visit' }) kind: EventKind;
  @ApiProperty({ nullable: true, type: String, example: '滨海路社区' }) community: string | null;
  @ApiProperty({ type: EventVenueDto }) venue: EventVenueDto;
  @ApiProperty({ type: EventScheduleDto }) schedule: EventScheduleDto;
  @ApiProperty({ type: [EventOccurrenceView] }) occurrences: EventOccurrenceView[];
  @ApiProperty({ type: [EventRoleDto] }) roles: EventRoleDto[];
  @ApiProperty({ type: EventContactDto, nullable: true }) contact: EventContactDto | null;
  @ApiProperty({ type: [EventAttachmentDto] }) attachments: EventAttachmentDto[];
  @ApiProperty({ enum: EVENT_STATUSES, enumName: 'EventStatus', example: 'submitted' }) status: EventStatus;
  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'Why it was rejected or cancelled',
  })
  statusReason: string | null;
  @ApiProperty({ example: 2, description: 'Grows with every change; send it back with an edit' })
  version: number;
  @ApiProperty({ format: 'date-time', example: '2026-11-20T01:30:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-21T07:10:00.000Z' }) updatedAt: string;

  static of(e: EventRegistration, organisationName: string): EventRegistrationView {
    return {
      id: e.id,
      organisationId: e.organisationId,
      organisationName,
      projectId: e.projectId,
      title: e.title,
      description: e.description,
      kind: e.kind,
      community: e.community,
      venue: venueOf(e),
      schedule: {
        startsAt: e.startsAt.toISOString(),
        endsAt: e.endsAt.toISOString(),
        recurrence: e.recurrence,
      },
      occurrences: e.occurrences,
      roles: e.roles,
      contact: e.contactName && e.contactPhone ? { name: e.contactName, phone: e.contactPhone } : null,
      attachments: e.attachments,
      status: e.status,
      statusReason: e.statusReason,
      version: e.version,
      createdAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
    };
  }
}

export class EventRegistrationPage {
  @ApiProperty({ type: [EventRegistrationView] }) items: EventRegistrationView[];
  @ApiNextCursor() nextCursor: string | null;
}

export class EventTransitionView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-aa01-7b2c-8d3e-4f5a6b7c8d9e' }) id: string;
  @ApiProperty({ enum: EVENT_HISTORY_ACTIONS, enumName: 'EventHistoryAction', example: 'request_changes' })
  action: EventHistoryAction;
  @ApiProperty({ enum: EVENT_STATUSES, enumName: 'EventStatus', nullable: true, example: 'submitted' })
  fromStatus: EventStatus | null;
  @ApiProperty({ enum: EVENT_STATUSES, enumName: 'EventStatus', example: 'changes_requested' })
  toStatus: EventStatus;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-0c1d-7e2f-8a3b-4c5d6e7f8a9b' }) byAccount: string;
  @ApiProperty({ example: '李社工' }) byName: string;
  @ApiProperty({ example: 'coordinator', description: 'The role they acted in' }) byRole: string;
  @ApiProperty({ nullable: true, type: String, example: '请补充活动当天的联系人电话。' }) comment:
    string | null;
  @ApiProperty({ example: 3 }) version: number;
  @ApiProperty({ format: 'date-time', example: '2026-11-21T07:10:00.000Z' }) at: string;

  static of(t: EventTransition): EventTransitionView {
    return {
      id: t.id,
      action: t.action,
      fromStatus: t.fromStatus,
      toStatus: t.toStatus,
      byAccount: t.byAccount,
      byName: t.byName,
      byRole: t.byRole,
      comment: t.comment,
      version: t.version,
      at: t.at.toISOString(),
    };
  }
}

export class EventHistoryView {
  @ApiProperty({ type: [EventTransitionView], description: 'Oldest first' }) items: EventTransitionView[];
}
