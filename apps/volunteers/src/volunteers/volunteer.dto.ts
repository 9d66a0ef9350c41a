import { IsLaterThan, IsNotBefore, MaxChars } from '@linkage/errors';
import { ApiNextCursor, PageQuery } from '@linkage/database';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import type { AvailabilitySlot } from './availability';
import {
  NATIONAL_NUMBER_MAX,
  NATIONAL_NUMBER_MIN,
  nationalNumberProblem,
  normaliseNationalNumber,
} from './national-volunteer-number';
import type { Certification } from './certification.entity';
import type { Consent } from './consent.entity';
import { POLITICAL_STATUSES, type PoliticalStatus } from './political-status';
import type { VolunteerProfile } from './volunteer-profile';

const MAX_SKILLS = 20;
const MAX_SKILL_LENGTH = 30;
const MAX_SLOTS = 21;
export const MAX_CERTIFICATION_NAME = 60;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const CLOCK_TIME_OR_MIDNIGHT = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE_ONLY = { strict: true, strictSeparator: true } as const;

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

// " 急救" and "急救" are the same skill; keeping one copy keeps the skill filter's answers clean.
const trimEachOnce = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? [...new Set(value.map((item: unknown) => trim({ value: item })))] : value;

export class AvailabilitySlotDto implements AvailabilitySlot {
  @ApiProperty({ minimum: 1, maximum: 7, example: 6, description: 'ISO weekday: 1 Monday … 7 Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @ApiProperty({ example: '09:00', description: 'Local time (Asia/Shanghai), HH:MM' })
  @Matches(CLOCK_TIME, { message: 'from must be a time like 09:00' })
  from: string;

  @ApiProperty({ example: '12:00', description: 'Local time, HH:MM (24:00 for the end of the day)' })
  @Matches(CLOCK_TIME_OR_MIDNIGHT, { message: 'to must be a time like 12:00' })
  @IsLaterThan('from')
  to: string;
}

export class EmergencyContactDto {
  @ApiProperty({ example: '李建国', maxLength: 50 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(50)
  name: string;

  @ApiProperty({ example: '13805359876', description: 'A mobile or landline number (0535-1234567)' })
  @Transform(trim)
  @IsString()
  @Matches(/^\+?\d[\d -]{4,18}\d$/, { message: 'phone must be a phone number' })
  phone: string;
}

export class CreateVolunteerDto {
  @ApiProperty({ example: '李晓雯', minLength: 1, maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  name: string;

  @ApiProperty({
    example: '2023011234',
    pattern: '^[A-Za-z0-9]{4,32}$',
    description: 'Unique; compared without regard to letter case',
  })
  @Transform(trim)
  @Matches(/^[A-Za-z0-9]{4,32}$/, { message: 'studentNumber must be 4–32 letters or digits' })
  studentNumber: string;

  @ApiPropertyOptional({ example: '人文学院', maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  department?: string;

  @ApiPropertyOptional({ example: '社会工作', maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  major?: string;

  @ApiPropertyOptional({ example: '社工2301班', maxLength: 50 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(50)
  className?: string;

  @ApiProperty({ example: '13805351234', description: 'Mainland mobile number (11 digits)' })
  @Matches(/^1[3-9]\d{9}$/, {
    message: 'mobile must be a mainland mobile number (11 digits, starting 13–19)',
  })
  mobile: string;

  @ApiPropertyOptional({
    enum: POLITICAL_STATUSES,
    enumName: 'PoliticalStatus',
    example: 'youth_league_member',
  })
  @IsOptional()
  @IsIn(POLITICAL_STATUSES)
  politicalStatus?: PoliticalStatus;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_SKILLS,
    example: ['急救', '手语'],
    description: `Up to ${MAX_SKILLS} skills of at most ${MAX_SKILL_LENGTH} characters each; repeats are dropped.`,
  })
  @IsOptional()
  @Transform(trimEachOnce)
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxChars(MAX_SKILL_LENGTH, { each: true })
  skills?: string[];

  @ApiPropertyOptional({
    type: [AvailabilitySlotDto],
    maxItems: MAX_SLOTS,
    description: 'When the volunteer is usually free each week; kept in week order, repeats dropped.',
    example: [{ weekday: 6, from: '09:00', to: '12:00' }],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SLOTS)
  @ValidateNested({ each: true })
  @Type(() => AvailabilitySlotDto)
  availability?: AvailabilitySlotDto[];

  @ApiPropertyOptional({
    type: EmergencyContactDto,
    nullable: true,
    description: 'null removes it',
    example: { name: '李建国', phone: '13805359876' },
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmergencyContactDto)
  emergencyContact?: EmergencyContactDto | null;
}

function IsNationalVolunteerNumber(): PropertyDecorator {
  return ValidateBy({
    name: 'isNationalVolunteerNumber',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && nationalNumberProblem(value) === null,
      defaultMessage: (args) =>
        typeof args?.value === 'string' && nationalNumberProblem(args.value) === 'resident_id'
          ? 'nationalVolunteerNumber must not be a resident ID number: give the volunteer number the national system issued'
          : `nationalVolunteerNumber must be ${NATIONAL_NUMBER_MIN}–${NATIONAL_NUMBER_MAX} letters or digits`,
    },
  });
}

export class ListVolunteersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name', example: '晓雯' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(100)
  q?: string;

  @ApiPropertyOptional({ description: 'The department, exactly', example: '人文学院' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(100)
  department?: string;

  @ApiPropertyOptional({ description: 'One skill the volunteer has, exactly', example: '急救' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(MAX_SKILL_LENGTH)
  skill?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Members (and leaders) of this team',
    example: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f',
  })
  @IsOptional()
  @IsUUID('all')
  teamId?: string;

  @ApiPropertyOptional({
    example: '消防安全',
    description: 'Holds this certification, valid on `certifiedOn` (default: today)',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(MAX_CERTIFICATION_NAME)
  certification?: string;

  @ApiPropertyOptional({ example: '2026-09-08', description: 'Local date for the certification filter' })
  @IsOptional()
  @IsISO8601(DATE_ONLY, { message: 'certifiedOn must be a date like 2026-09-08' })
  @MaxChars(10, { message: 'certifiedOn must be a date like 2026-09-08' })
  certifiedOn?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 7,
    description: 'Usually free on this ISO weekday',
    example: 6,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(7)
  availableOn?: number;
}

export class CreateCertificationDto {
  @ApiProperty({ example: '消防安全', maxLength: MAX_CERTIFICATION_NAME, description: 'As shifts name it' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(MAX_CERTIFICATION_NAME)
  name: string;

  @ApiProperty({ example: '2026-03-01', description: 'Local date' })
  @IsISO8601(DATE_ONLY, { message: 'issuedOn must be a date like 2026-03-01' })
  @MaxChars(10, { message: 'issuedOn must be a date like 2026-03-01' })
  issuedOn: string;

  @ApiPropertyOptional({ example: '2028-02-29', description: 'Local date; leave out when it never expires' })
  @IsOptional()
  @IsISO8601(DATE_ONLY, { message: 'expiresOn must be a date like 2028-02-29' })
  @MaxChars(10, { message: 'expiresOn must be a date like 2028-02-29' })
  // A certificate may expire on the day it was issued.
  @IsNotBefore('issuedOn', { message: 'expiresOn must not be earlier than issuedOn' })
  expiresOn?: string;
}

export class GiveConsentDto {
  @ApiProperty({ example: '2026-09', description: 'The version of the privacy policy consented to' })
  @Transform(trim)
  @Matches(/^[A-Za-z0-9._-]{1,20}$/, {
    message: 'policyVersion must be 1–20 letters, digits, dots, dashes or underscores',
  })
  policyVersion: string;
}

export class CertificationView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-d2e3-7f4a-8b5c-6d7e8f9a0b1c' }) id: string;
  @ApiProperty({ example: '消防安全' }) name: string;
  @ApiProperty({ example: '2026-03-01' }) issuedOn: string;
  @ApiProperty({ nullable: true, type: String, example: '2028-02-29' }) expiresOn: string | null;

  static of(c: Certification): CertificationView {
    return { id: c.id, name: c.name, issuedOn: c.issuedOn, expiresOn: c.expiresOn };
  }
}

export class ConsentView {
  @ApiProperty({ example: '2026-09' }) policyVersion: string;
  @ApiProperty({ format: 'date-time', example: '2026-09-03T06:20:00.000Z' }) givenAt: string;
  @ApiProperty({ description: 'false when a coordinator recorded a signed paper form', example: true })
  bySelf: boolean;

  static of(c: Consent): ConsentView {
    return { policyVersion: c.policyVersion, givenAt: c.givenAt.toISOString(), bySelf: c.bySelf };
  }
}

export class EmergencyContactView {
  @ApiProperty({ example: '李建国' }) name: string;
  @ApiProperty({ example: '13805359876' }) phone: string;
}

export class AvailabilitySlotView {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 7,
    example: 6,
    description: 'ISO weekday: 1 Monday … 7 Sunday',
  })
  weekday: number;
  @ApiProperty({ example: '09:00' }) from: string;
  @ApiProperty({ example: '12:00' }) to: string;
}

export class VolunteerView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' }) id: string;
  @ApiProperty({ example: '李晓雯' }) name: string;
  @ApiProperty({ example: '2023011234' }) studentNumber: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '37060220230001234',
    description: 'The national unified volunteer number (全国志愿者统一编号)',
  })
  nationalVolunteerNumber: string | null;
  @ApiProperty({ nullable: true, type: String, example: '人文学院' }) department: string | null;
  @ApiProperty({ nullable: true, type: String, example: '社会工作' }) major: string | null;
  @ApiProperty({ nullable: true, type: String, example: '社工2301班' }) className: string | null;
  @ApiProperty({ example: '13805351234' }) mobile: string;
  @ApiProperty({
    nullable: true,
    enum: POLITICAL_STATUSES,
    enumName: 'PoliticalStatus',
    example: 'youth_league_member',
  })
  politicalStatus: PoliticalStatus | null;
  @ApiProperty({ type: [String], example: ['急救', '手语'] }) skills: string[];
  @ApiProperty({ type: [AvailabilitySlotView] }) availability: AvailabilitySlotView[];
  @ApiProperty({ type: EmergencyContactView, nullable: true }) emergencyContact: EmergencyContactView | null;
  @ApiProperty({ type: [CertificationView] }) certifications: CertificationView[];
  @ApiProperty({ type: ConsentView, nullable: true, description: 'The latest consent given' })
  consent: ConsentView | null;
  @ApiProperty({ format: 'date-time', example: '2026-09-01T02:15:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-09-03T06:20:00.000Z' }) updatedAt: string;

  static of({ volunteer: v, certifications, consent }: VolunteerProfile): VolunteerView {
    return {
      id: v.id,
      name: v.name,
      studentNumber: v.studentNumber,
      nationalVolunteerNumber: v.nationalVolunteerNumber,
      department: v.department,
      major: v.major,
      className: v.className,
      mobile: v.mobile,
      politicalStatus: v.politicalStatus,
      skills: v.skills,
      availability: v.availability,
      emergencyContact:
        v.emergencyContactName && v.emergencyContactPhone
          ? { name: v.emergencyContactName, phone: v.emergencyContactPhone }
          : null,
      certifications: certifications.map((c) => CertificationView.of(c)),
      consent: consent ? ConsentView.of(consent) : null,
      createdAt: v.createdAt.toISOString(),
      updatedAt: v.updatedAt.toISOString(),
    };
  }
}

export class VolunteerPage {
  @ApiProperty({ type: [VolunteerView] }) items: VolunteerView[];
  @ApiNextCursor() nextCursor: string | null;
}

/** What a volunteer may change in their own profile (name and student number stay as registered). */
export class UpdateVolunteerDto extends PartialType(
  OmitType(CreateVolunteerDto, ['name', 'studentNumber'] as const),
) {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '37060220230001234',
    description:
      `The national unified volunteer number (全国志愿者统一编号): ${NATIONAL_NUMBER_MIN}–${NATIONAL_NUMBER_MAX} ` +
      'letters or digits (spaces and dashes dropped, letters in capitals), never a resident ID number; ' +
      'printed on certificates instead of the student number. Unique; null removes it.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? normaliseNationalNumber(value) : value,
  )
  @IsNationalVolunteerNumber()
  nationalVolunteerNumber?: string | null;
}
