import { isCalendarDate, IsNotBefore, MaxChars } from '@linkage/errors';
import { ApiNextCursor, PageQuery } from '@linkage/database';
import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { FACILITATOR_ROLES, type FacilitatorRole } from './facilitator-role';
import type { ProgrammeFacilitator } from './programme-facilitator.entity';
import { PROGRAMME_KINDS, type ProgrammeKind } from './programme-kind';
import { PROGRAMME_STATUSES, type ProgrammeStatus } from './programme-status';
import type { Programme } from './programme.entity';

export const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** A query string's `true`/`false` as a boolean (anything else is left for @IsBoolean to refuse). */
export const queryBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isCalendarDate(value),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property} must be a real date written YYYY-MM-DD`,
    },
  });
}

export class FacilitatorDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The facilitator’s account (identity)',
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  @IsUUID('all')
  accountId: string;

  @ApiProperty({ enum: FACILITATOR_ROLES, enumName: 'FacilitatorRole', example: 'peer' })
  @IsIn(FACILITATOR_ROLES)
  role: FacilitatorRole;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'A peer facilitator’s volunteer profile (required for peers): their hours are recorded there',
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  @ValidateIf((o: FacilitatorDto) => o.role === 'peer' || o.volunteerId !== undefined)
  @IsUUID('all')
  volunteerId?: string;

  @ApiProperty({ example: '王子涵', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  displayName: string;
}

export class CreateProgrammeDto {
  @ApiProperty({ example: '同伴戒烟互助小组（秋季）', minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title: string;

  @ApiProperty({ enum: PROGRAMME_KINDS, enumName: 'ProgrammeKind', example: 'peer_smoking_cessation' })
  @IsIn(PROGRAMME_KINDS)
  kind: ProgrammeKind;

  @ApiPropertyOptional({ example: '学生同伴互助戒烟，每周一次小组活动，共八周。', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(2000)
  description?: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 100,
    example: 12,
    description: 'How many members may enrol',
  })
  @IsInt()
  @Min(1)
  @Max(100)
  capacity: number;

  @ApiProperty({ format: 'date', example: '2025-09-08', description: 'First day, in the station’s zone' })
  @IsCalendarDate()
  startsOn: string;

  @ApiProperty({ format: 'date', example: '2025-10-13', description: 'Last day; not before startsOn' })
  @IsCalendarDate()
  @IsNotBefore('startsOn')
  endsOn: string;

  @ApiPropertyOptional({
    default: true,
    description:
      'Confidential (default): membership is visible only to the programme’s facilitators; standard: admins see it too',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({
    enum: PROGRAMME_STATUSES,
    enumName: 'ProgrammeStatus',
    default: 'draft',
    example: 'open',
  })
  @IsOptional()
  @IsIn(PROGRAMME_STATUSES)
  status?: ProgrammeStatus;

  @ApiPropertyOptional({
    type: [FacilitatorDto],
    description: 'Who runs it. A counsellor who plans a programme facilitates it whether listed or not.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FacilitatorDto)
  facilitators?: FacilitatorDto[];
}

export class UpdateProgrammeDto extends PartialType(
  PickType(CreateProgrammeDto, ['title', 'description', 'capacity', 'confidential', 'status'] as const),
) {}

export class SetFacilitatorsDto {
  @ApiProperty({
    type: [FacilitatorDto],
    description: 'The programme’s facilitators from now on; at least one counsellor',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FacilitatorDto)
  facilitators: FacilitatorDto[];
}

export class ListProgrammesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROGRAMME_KINDS, enumName: 'ProgrammeKind', example: 'score' })
  @IsOptional()
  @IsIn(PROGRAMME_KINDS)
  kind?: ProgrammeKind;

  @ApiPropertyOptional({ enum: PROGRAMME_STATUSES, enumName: 'ProgrammeStatus' })
  @IsOptional()
  @IsIn(PROGRAMME_STATUSES)
  status?: ProgrammeStatus;
}

export class FacilitatorView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) accountId: string;
  @ApiProperty({ enum: FACILITATOR_ROLES, enumName: 'FacilitatorRole' }) role: FacilitatorRole;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  volunteerId: string | null;
  @ApiProperty({ example: '王子涵' }) displayName: string;

  static of(f: ProgrammeFacilitator): FacilitatorView {
    return { accountId: f.accountId, role: f.role, volunteerId: f.volunteerId, displayName: f.displayName };
  }
}

export class ProgrammeView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) id: string;
  @ApiProperty({ example: '同伴戒烟互助小组（秋季）' }) title: string;
  @ApiProperty({ enum: PROGRAMME_KINDS, enumName: 'ProgrammeKind', example: 'peer_smoking_cessation' })
  kind: ProgrammeKind;
  @ApiProperty({ nullable: true, type: String, example: '学生同伴互助戒烟，每周一次小组活动，共八周。' })
  description: string | null;
  @ApiProperty({ type: 'integer', example: 12 }) capacity: number;
  @ApiProperty({ format: 'date', example: '2025-09-08' }) startsOn: string;
  @ApiProperty({ format: 'date', example: '2025-10-13' }) endsOn: string;
  @ApiProperty({ example: true }) confidential: boolean;
  @ApiProperty({
    enum: ['standard', 'confidential'],
    enumName: 'Confidentiality',
    example: 'confidential',
    description: 'The same as `confidential`, in words',
  })
  confidentiality: 'standard' | 'confidential';
  @ApiProperty({ enum: PROGRAMME_STATUSES, enumName: 'ProgrammeStatus', example: 'open' })
  status: ProgrammeStatus;
  @ApiProperty({ type: [FacilitatorView] }) facilitators: FacilitatorView[];
  @ApiProperty({ format: 'date-time', example: '2025-08-25T02:00:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2025-08-25T02:00:00.000Z' }) updatedAt: string;

  static of(p: Programme, facilitators: readonly ProgrammeFacilitator[]): ProgrammeView {
    return {
      id: p.id,
      title: p.title,
      kind: p.kind,
      description: p.description,
      capacity: p.capacity,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      confidential: p.confidential,
      confidentiality: p.confidential ? 'confidential' : 'standard',
      status: p.status,
      facilitators: facilitators.map((f) => FacilitatorView.of(f)),
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  }
}

export class ProgrammePage {
  @ApiProperty({ type: [ProgrammeView] }) items: ProgrammeView[];
  @ApiNextCursor() nextCursor: string | null;
}
