import { ApiNextCursor, PageQuery } from '@linkage/database';
import { isCalendarDate, MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
  type ValidationArguments,
} from 'class-validator';
import { EDUCATION_LEVELS, type EducationLevel } from '@linkage/screening-rules';
import { AccessReasonQuery } from './access-reason';
import { CONSENT_KINDS, type ConsentKind } from './consent-state';
import { SEXES, type Sex } from './resident-identity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const PHONE_MESSAGE = (field: string) =>
  `${field} must be a mainland mobile (11 digits) or a landline with its area code (0535-6912345)`;
const RESIDENT_ID = '0193c4d5-1a2b-7c3d-8e4f-5a6b7c8d9e0f';
const CAMPAIGN_ID = '0192b7e2-9e5f-7a7b-8c8d-0e1f2a3b4c5d';
const ACCOUNT_ID = '0192b7e2-1111-7a7b-8c8d-0e1f2a3b4c5d';

function IsPastCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isPastCalendarDate',
    validator: {
      validate: (value: unknown) =>
        isCalendarDate(value) && value >= '1900-01-01' && value <= new Date().toISOString().slice(0, 10),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property} must be a real past date written YYYY-MM-DD`,
    },
  });
}

export class EducationInput {
  @ApiProperty({ enum: EDUCATION_LEVELS, enumName: 'EducationLevel', example: 'primary' })
  @IsIn(EDUCATION_LEVELS)
  level: EducationLevel;

  @ApiProperty({ example: 6, minimum: 0, maximum: 30, description: 'Years of formal education' })
  @IsInt()
  @Min(0)
  @Max(30)
  years: number;
}

export class InformantInput {
  @ApiProperty({ example: '李建国', maxLength: 50 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(50)
  name: string;

  @ApiPropertyOptional({ example: '儿子', maxLength: 20 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(20)
  relation?: string;

  @ApiPropertyOptional({ example: '13905351234', description: 'Stored encrypted' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(PHONE, { message: PHONE_MESSAGE('informant.phone') })
  phone?: string;
}

export class ResidentConsentInput {
  @ApiProperty({ enum: CONSENT_KINDS, enumName: 'ConsentKind', example: 'screening' })
  @IsIn(CONSENT_KINDS)
  kind: ConsentKind;

  @ApiProperty({ example: true, description: 'false records a refusal' })
  @IsBoolean()
  granted: boolean;

  @ApiProperty({
    example: 'screening-consent-2026.1',
    maxLength: 40,
    description: 'Version of the text read out',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(40)
  textVersion: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-10-09T01:30:00.000Z',
    description: 'When it was given (a paper form entered later); unset: now',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  takenAt?: string;
}

export class RegisterResidentDto {
  @ApiProperty({ format: 'uuid', example: CAMPAIGN_ID })
  @IsUUID('all')
  campaignId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0193c4d5-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
    description:
      'The session the resident is registered at (of the same campaign and community). A screener must give the session they work, while it runs.',
  })
  @IsOptional()
  @IsUUID('all')
  sessionId?: string;

  @ApiProperty({ example: '王桂兰', maxLength: 50 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(50)
  name: string;

  @ApiProperty({ enum: SEXES, enumName: 'ResidentSex', example: 'female' })
  @IsIn(SEXES)
  sex: Sex;

  @ApiProperty({ format: 'date', example: '1956-03-12' })
  @IsPastCalendarDate()
  birthDate: string;

  @ApiPropertyOptional({
    example: '37061319560312002X',
    description: 'The 18-character resident ID number; checked against birthDate and sex; stored encrypted',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\s+/g, '') : value,
  )
  @IsString()
  @MaxChars(18, { message: 'idNumber must be 18 characters' })
  idNumber?: string;

  @ApiPropertyOptional({ example: '13805351234', description: 'Stored encrypted' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(PHONE, { message: PHONE_MESSAGE('phone') })
  phone?: string;

  @ApiProperty({ example: '滨海路社区', maxLength: 100, description: 'One of the campaign’s communities' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  community: string;

  @ApiPropertyOptional({
    example: '滨海路 12 号 3 单元 201',
    maxLength: 200,
    description: 'Stored encrypted',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  address?: string;

  @ApiPropertyOptional({ type: EducationInput, description: 'Needed before a stage-2 instrument is scored' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EducationInput)
  education?: EducationInput;

  @ApiPropertyOptional({ type: InformantInput, description: 'Who answers the AD8 for the resident' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InformantInput)
  informant?: InformantInput;

  @ApiPropertyOptional({
    type: [ResidentConsentInput],
    description: 'Consents taken before registering, recorded with the resident (each kind once)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @ArrayUnique((c: ResidentConsentInput) => c?.kind, { message: 'consents must name each kind once' })
  @ValidateNested({ each: true })
  @Type(() => ResidentConsentInput)
  consents?: ResidentConsentInput[];
}

export class RecordConsentDto extends ResidentConsentInput {}

export class WithdrawConsentDto {
  @ApiProperty({ enum: CONSENT_KINDS, enumName: 'ConsentKind', example: 'hospital_sharing' })
  @IsIn(CONSENT_KINDS)
  kind: ConsentKind;

  @ApiPropertyOptional({ example: '家属要求不再参与随访', maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(500)
  reason?: string;
}

export class ListResidentsQuery extends IntersectionType(PageQuery, AccessReasonQuery) {
  @ApiProperty({ format: 'uuid', example: CAMPAIGN_ID })
  @IsUUID('all')
  campaignId: string;

  @ApiPropertyOptional({ example: '滨海路社区' })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  community?: string;
}

export class EducationView {
  @ApiProperty({ enum: EDUCATION_LEVELS, enumName: 'EducationLevel', example: 'primary' })
  level: EducationLevel;
  @ApiProperty({ example: 6 }) years: number;
}

export class InformantView {
  @ApiProperty({ example: '李建国' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: '儿子' }) relation: string | null;
  @ApiProperty({ type: String, nullable: true, example: '13905351234' }) phone: string | null;
}

export class ResidentConsentView {
  @ApiProperty({ format: 'uuid', example: '0193c4d5-2222-7c3d-8e4f-5a6b7c8d9e0f' }) id: string;
  @ApiProperty({ enum: CONSENT_KINDS, enumName: 'ConsentKind', example: 'screening' }) kind: ConsentKind;
  @ApiProperty({ example: true }) granted: boolean;
  @ApiProperty({ example: 'screening-consent-2026.1' }) textVersion: string;
  @ApiProperty({ format: 'uuid', example: ACCOUNT_ID, description: 'The account that took it' })
  takenBy: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-09T01:30:00.000Z' }) takenAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null }) withdrawnAt:
    string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null }) withdrawnBy: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) withdrawalReason: string | null;
}

/** What a list shows of a resident: nothing that is stored encrypted. */
export class ResidentSummaryView {
  @ApiProperty({ format: 'uuid', example: RESIDENT_ID }) id: string;
  @ApiProperty({ format: 'uuid', example: CAMPAIGN_ID }) campaignId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null, description: 'Registered at' })
  sessionId: string | null;
  @ApiProperty({ example: '王桂兰' }) name: string;
  @ApiProperty({ enum: SEXES, enumName: 'ResidentSex', example: 'female' }) sex: Sex;
  @ApiProperty({ format: 'date', example: '1956-03-12' }) birthDate: string;
  @ApiProperty({ example: '滨海路社区' }) community: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-09T01:35:00.000Z' }) createdAt: string;
}

/** A resident with the decrypted fields: every answer of this kind is audited. */
export class ResidentView extends ResidentSummaryView {
  @ApiProperty({ type: String, nullable: true, example: '37061319560312002X' }) idNumber: string | null;
  @ApiProperty({ type: String, nullable: true, example: '13805351234' }) phone: string | null;
  @ApiProperty({ type: String, nullable: true, example: '滨海路 12 号 3 单元 201' }) address: string | null;
  @ApiProperty({ type: EducationView, nullable: true }) education: EducationView | null;
  @ApiProperty({ type: InformantView, nullable: true }) informant: InformantView | null;
  @ApiProperty({ type: [ResidentConsentView], description: 'Every consent recorded, oldest first' })
  consents: ResidentConsentView[];
}

export class ResidentPage {
  @ApiProperty({ type: [ResidentSummaryView] }) items: ResidentSummaryView[];
  @ApiNextCursor() nextCursor: string | null;
}
