import { ApiNextCursor, PageQuery } from '@linkage/database';
import { isCalendarDate, IsNotBefore, MaxChars } from '@linkage/errors';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import {
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  type OrganisationKind,
  type OrganisationStatus,
} from '../organisations/organisation-kind';
import type { ProjectEventSummary, ProjectTotals } from './project-activity';
import { PROJECT_ROLES, type ProjectRole } from './project-role';
import { PROJECT_STATUSES, type ProjectStatus } from './project-status.rule';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

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

export class ProjectPartnerInput {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c' })
  @IsUUID()
  organisationId: string;

  @ApiProperty({ enum: PROJECT_ROLES, enumName: 'ProjectRole', example: 'community_host' })
  @IsIn(PROJECT_ROLES)
  role: ProjectRole;
}

/** A project's partners: 1–20 organisations in their roles (the list's own rules: project-partners.rule.ts). */
function PartnerList(): PropertyDecorator {
  return applyDecorators(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(20),
    ValidateNested({ each: true }),
    Type(() => ProjectPartnerInput),
  );
}

const PARTNERS =
  'The organisations taking part, each once and in one role; exactly one lead. On a change, replaces the list.';

export class CreateProjectDto {
  @ApiProperty({ example: '记忆礼包·五方联动社区认知症筛查', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name: string;

  @ApiProperty({
    example: '为滨海路、黄海路社区 60 岁以上老人提供认知症筛查与转介，一年内覆盖 500 人。',
    maxLength: 2000,
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(2000)
  goal: string;

  @ApiProperty({ format: 'date', example: '2026-09-01', description: 'First day, in the station’s zone' })
  @IsCalendarDate()
  startsOn: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2027-08-31',
    description: 'Last day; none for open-ended',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('startsOn')
  endsOn?: string;

  @ApiProperty({ type: [ProjectPartnerInput], description: PARTNERS })
  @PartnerList()
  partners: ProjectPartnerInput[];
}

export class UpdateProjectDto {
  @ApiPropertyOptional({ example: '记忆礼包·五方联动社区认知症筛查（二期）', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name?: string;

  @ApiPropertyOptional({ example: '覆盖 800 位老人，阳性者 100% 转介到记忆门诊。', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(2000)
  goal?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-09-01' })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-08-31', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string | null;

  @ApiPropertyOptional({
    enum: PROJECT_STATUSES,
    enumName: 'ProjectStatus',
    example: 'active',
    description: 'planned → active → completed; planned or active → cancelled',
  })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @ApiPropertyOptional({ type: [ProjectPartnerInput], description: PARTNERS })
  @IsOptional()
  @PartnerList()
  partners?: ProjectPartnerInput[];
}

export class ListProjectsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROJECT_STATUSES, enumName: 'ProjectStatus' })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the projects this organisation takes part in' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ description: 'Part of the name', example: '记忆礼包' })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  q?: string;
}

export class ProjectPartnerView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c' }) organisationId: string;
  @ApiProperty({ example: '莱山区人民医院记忆门诊' }) name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind', example: 'hospital' })
  kind: OrganisationKind;
  @ApiProperty({ enum: ORGANISATION_STATUSES, enumName: 'OrganisationStatus', example: 'active' })
  organisationStatus: OrganisationStatus;
  @ApiProperty({ enum: PROJECT_ROLES, enumName: 'ProjectRole', example: 'medical_partner' })
  role: ProjectRole;
}

export class ProjectView {
  @ApiProperty({ format: 'uuid', example: '0193a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b' }) id: string;
  @ApiProperty({ example: '记忆礼包·五方联动社区认知症筛查' }) name: string;
  @ApiProperty({ example: '为滨海路、黄海路社区 60 岁以上老人提供认知症筛查与转介。' }) goal: string;
  @ApiProperty({ format: 'date', example: '2026-09-01' }) startsOn: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, example: '2027-08-31' }) endsOn: string | null;
  @ApiProperty({ enum: PROJECT_STATUSES, enumName: 'ProjectStatus', example: 'active' })
  status: ProjectStatus;
  @ApiProperty({ type: [ProjectPartnerView], description: 'In the order the coordinator listed them' })
  partners: ProjectPartnerView[];
  @ApiProperty({ format: 'date-time', example: '2026-08-15T01:30:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-09-02T07:10:00.000Z' }) updatedAt: string;
}

export class ProjectPage {
  @ApiProperty({ type: [ProjectView] }) items: ProjectView[];
  @ApiNextCursor() nextCursor: string | null;
}

export class ProjectEventView implements ProjectEventSummary {
  @ApiProperty({ format: 'uuid', example: '0193a1b2-0000-7000-8000-000000000e01' }) eventId: string;
  @ApiProperty({ example: '滨海路社区关爱老人探访' }) title: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c' }) organisationId: string;
  @ApiProperty({ example: 'approved' }) status: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-12-05T01:30:00.000Z' })
  startsAt: string | null;
  @ApiProperty({ type: 'integer', example: 6 }) volunteersNeeded: number;
  @ApiProperty({ type: 'integer', example: 4 }) volunteersConfirmed: number;
  @ApiProperty({ example: 12.5 }) verifiedHours: number;
}

export class ProjectTotalsView implements ProjectTotals {
  @ApiProperty({ type: 'integer', example: 3 }) eventsCount: number;
  @ApiProperty({ type: 'integer', example: 14 }) volunteersNeeded: number;
  @ApiProperty({ type: 'integer', example: 11 }) volunteersConfirmed: number;
  @ApiProperty({ example: 36.5, description: 'Hours verified at its events to date' }) verifiedHours: number;
}

/** The project page: the project, its partners in their roles, its events and the totals over them. */
export class ProjectDetailView extends ProjectView {
  @ApiProperty({
    type: [ProjectEventView],
    description: 'Its events as the caller may see them, soonest first',
  })
  events: ProjectEventView[];
  @ApiProperty({ type: ProjectTotalsView }) summary: ProjectTotalsView;
}
