import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import type { DeclarationWithVolunteer } from './declarations.repository';
import { DECLARATION_STATUSES, type DeclarationStatus } from './hours-declaration.entity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const toText = ({ value }: { value: unknown }): unknown =>
  typeof value === 'number' ? String(value) : value;

export class DeclareHoursDto {
  @ApiProperty({ example: '滨海路社区敬老院探访', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  activity: string;

  @ApiProperty({ format: 'date', example: '2026-11-21', description: 'The day served (not after today)' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'serviceDate must be a date such as 2026-11-21' })
  serviceDate: string;

  @ApiProperty({ example: '滨海路社区敬老院', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  place: string;

  @ApiProperty({ example: '陪老人聊天，协助午餐', maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(1000)
  content: string;

  @ApiProperty({ example: '2.00', description: 'Half hours, from 0.5 to 8 (one day at most)' })
  @Transform(toText)
  @IsString()
  @Matches(/^(0?\.5|[1-7](\.(0|00|5|50))?|8(\.(0|00))?)$/, {
    message: 'hours must be half hours from 0.5 to 8, such as 2.5',
  })
  hours: string;

  @ApiProperty({ example: '李主任', maxLength: 100, description: 'Who can confirm the service' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  contactName: string;

  @ApiProperty({ example: '0535-6661234' })
  @Transform(trim)
  @IsString()
  @Matches(/^\+?\d[\d -]{4,18}\d$/, { message: 'contactPhone must be a phone number' })
  contactPhone: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '01a2c3d4-5e6f-7a8b-9c0d-2e3f4a5b6c7d',
    description: 'The Linkage shift it was served at (its team’s leaders may confirm it)',
  })
  @IsOptional()
  @IsUUID()
  shiftId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '01a2c3d4-5e6f-7a8b-9c0d-3f4a5b6c7d8e',
    description:
      'The partner organisation that organised it (one of GET /api/volunteers/organisations): the declaration goes to its inbox to be confirmed there',
  })
  @IsOptional()
  @IsUUID()
  partnerOrganisationId?: string;
}

export class DeclarationsQuery {
  @ApiPropertyOptional({ enum: DECLARATION_STATUSES, enumName: 'DeclarationStatus' })
  @IsOptional()
  @IsIn(DECLARATION_STATUSES)
  status?: DeclarationStatus;
}

export class RejectDeclarationDto {
  @ApiProperty({ example: '当天签到表上没有该同学', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  reason: string;
}

export class HoursDeclarationView {
  @ApiProperty({ format: 'uuid', example: '01a2c3d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d' }) id: string;
  @ApiProperty({ format: 'uuid', example: '01a2c3d4-5e6f-7a8b-9c0d-4a5b6c7d8e9f' }) volunteerId: string;
  @ApiProperty({ example: '张同学' }) volunteerName: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '01a2c3d4-5e6f-7a8b-9c0d-2e3f4a5b6c7d',
  })
  shiftId: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '01a2c3d4-5e6f-7a8b-9c0d-3f4a5b6c7d8e',
  })
  partnerOrganisationId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '滨海路社区' }) partnerOrganisationName:
    string | null;
  @ApiProperty({ example: '滨海路社区敬老院探访' }) activity: string;
  @ApiProperty({ format: 'date', example: '2026-11-21' }) serviceDate: string;
  @ApiProperty({ example: '滨海路社区敬老院' }) place: string;
  @ApiProperty({ example: '陪老人聊天，协助午餐' }) content: string;
  @ApiProperty({ example: '2.00' }) hours: string;
  @ApiProperty({ example: '李主任' }) contactName: string;
  @ApiProperty({ example: '0535-6661234' }) contactPhone: string;
  @ApiProperty({ enum: DECLARATION_STATUSES, enumName: 'DeclarationStatus' }) status: DeclarationStatus;
  @ApiProperty({ type: String, nullable: true, example: '当天签到表上没有该同学' }) rejectReason:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: 'coordinator' }) reviewerRole: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-22T10:30:00.000Z' })
  reviewedAt: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '01a2c3d4-5e6f-7a8b-9c0d-5b6c7d8e9fa0',
    description: 'The verified hours record it became',
  })
  hoursRecordId: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-11-21T12:00:00.000Z' }) createdAt: string;

  static of({ declaration: d, volunteerName }: DeclarationWithVolunteer): HoursDeclarationView {
    return {
      id: d.id,
      volunteerId: d.volunteerId,
      volunteerName,
      shiftId: d.shiftId,
      partnerOrganisationId: d.partnerOrganisationId,
      partnerOrganisationName: d.partnerOrganisationName,
      activity: d.activity,
      serviceDate: d.serviceDate,
      place: d.place,
      content: d.content,
      hours: d.hours,
      contactName: d.contactName,
      contactPhone: d.contactPhone,
      status: d.status,
      rejectReason: d.rejectReason,
      reviewerRole: d.reviewerRole,
      reviewedAt: d.reviewedAt?.toISOString() ?? null,
      hoursRecordId: d.hoursRecordId,
      createdAt: d.createdAt.toISOString(),
    };
  }
}
