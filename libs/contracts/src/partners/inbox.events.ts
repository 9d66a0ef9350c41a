import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

const DETAIL_KEYS_MAX = 20;
const DETAIL_TEXT_MAX = 500;

/** At most 20 display fields, each a number, a boolean, null, or text of at most 500 characters; no nesting. */
function IsDisplayFields(): PropertyDecorator {
  return ValidateBy({
    name: 'isDisplayFields',
    constraints: [DETAIL_KEYS_MAX, DETAIL_TEXT_MAX],
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.keys(value).length <= DETAIL_KEYS_MAX &&
        Object.entries(value).every(
          ([key, v]) =>
            key.length <= 60 &&
            (v === null ||
              typeof v === 'number' ||
              typeof v === 'boolean' ||
              (typeof v === 'string' && [...v].length <= DETAIL_TEXT_MAX)),
        ),
      defaultMessage: () =>
        `$property must be an object of at most ${DETAIL_KEYS_MAX} fields, each text (≤ ${DETAIL_TEXT_MAX} characters), a number, a boolean or null`,
    },
  });
}

/** Where an inbox item comes from: the sending service's record it is about (a referral, …). */
export class InboxOriginV1 {
  /** The sending service (`screening`). */
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  service: string;

  /** The kind of record in the sender (`referral`). */
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  entityType: string;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  entityId: string;
}

/**
 * A work item addressed to one partner organisation by another service (screening addresses a referral
 * to the hospital's memory clinic). Published by the sender into the PARTNERS stream; partners keeps one
 * inbox item per `itemId`, however often it arrives. `details` are display fields only: what the
 * organisation needs to act, no more (sensitive personal information stays with the sender).
 */
export class InboxItemReceivedV1 {
  /** The sender's id of the item: the key that makes a redelivered or re-sent item one item. */
  @IsUUID()
  itemId: string;

  @IsUUID()
  organisationId: string;

  /** What the item is, as lower-case words joined by underscores (`screening_referral`). */
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  kind: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary: string | null;

  @ValidateNested()
  @Type(() => InboxOriginV1)
  origin: InboxOriginV1;

  @IsOptional()
  @IsObject()
  @IsDisplayFields()
  details: Record<string, string | number | boolean | null> | null;

  @IsOptional()
  @IsISO8601()
  dueAt: string | null;

  @IsISO8601()
  sentAt: string;
}

export const INBOX_OUTCOME_STATUSES = ['accepted', 'completed', 'declined'] as const;
export type InboxOutcomeStatus = (typeof INBOX_OUTCOME_STATUSES)[number];

export class InboxOutcomeV1 {
  @IsIn(INBOX_OUTCOME_STATUSES)
  status: InboxOutcomeStatus;

  /** What came of it, in the item kind's terms (`diagnosed_mci`, `no_show`); null when not said. */
  @IsOptional()
  @IsString()
  @MaxLength(60)
  category: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes: string | null;
}

export class InboxRecordedByV1 {
  @IsUUID()
  accountId: string;

  @IsString()
  @MaxLength(100)
  displayName: string;
}

/**
 * A partner organisation accepted an inbox item or recorded what came of it: the sender updates its own
 * record (`origin`). Each step is one event; the latest `recordedAt` is the item's state.
 */
export class InboxOutcomeRecordedV1 {
  @IsUUID()
  itemId: string;

  @IsUUID()
  organisationId: string;

  @IsString()
  @MaxLength(200)
  organisationName: string;

  @ValidateNested()
  @Type(() => InboxOriginV1)
  origin: InboxOriginV1;

  @ValidateNested()
  @Type(() => InboxOutcomeV1)
  outcome: InboxOutcomeV1;

  @ValidateNested()
  @Type(() => InboxRecordedByV1)
  recordedBy: InboxRecordedByV1;

  @IsISO8601()
  recordedAt: string;
}
