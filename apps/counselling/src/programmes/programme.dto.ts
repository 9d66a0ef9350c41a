import { isCalendarDate, IsNotBefore, MaxChars } from '@linkage/errors';
import { ApiNextCursor, PageQuery } from '@linkage/database';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateBy,
  type ValidationArguments,
} from 'class-validator';
import { PROGRAMME_KINDS, type ProgrammeKind } from './programme-kind';
import { PROGRAMME_STATUSES, type ProgrammeStatus } from './programme-status';
import type { Programme } from './programme.entity';

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

export class CreateProgrammeDto {
  @ApiProperty({ example: '玩偶格子沙龙（秋季）', minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title: string;

  @ApiProperty({ enum: PROGRAMME_KINDS, enumName: 'ProgrammeKind', example: 'sand_tray_salon' })
  @IsIn(PROGRAMME_KINDS)
  kind: ProgrammeKind;

  @ApiPropertyOptional({ example: '以玩偶格子为媒介的团体沙龙，每周一次，共六次。', maxLength: 2000 })
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
    description: 'Whether membership and notes are confidential to the programme’s counsellors',
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
}

export class ListProgrammesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROGRAMME_KINDS, enumName: 'ProgrammeKind' })
  @IsOptional()
  @IsIn(PROGRAMME_KINDS)
  kind?: ProgrammeKind;

  @ApiPropertyOptional({ enum: PROGRAMME_STATUSES, enumName: 'ProgrammeStatus' })
  @IsOptional()
  @IsIn(PROGRAMME_STATUSES)
  status?: ProgrammeStatus;
}

export class ProgrammeView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) id: string;
  @ApiProperty({ example: '玩偶格子沙龙（秋季）' }) title: string;
  @ApiProperty({ enum: PROGRAMME_KINDS, enumName: 'ProgrammeKind', example: 'sand_tray_salon' })
  kind: ProgrammeKind;
  @ApiProperty({ nullable: true, type: String, example: '以玩偶格子为媒介的团体沙龙，每周一次，共六次。' })
  description: string | null;
  @ApiProperty({ type: 'integer', example: 12 }) capacity: number;
  @ApiProperty({ format: 'date', example: '2025-09-08' }) startsOn: string;
  @ApiProperty({ format: 'date', example: '2025-10-13' }) endsOn: string;
  @ApiProperty({ example: true }) confidential: boolean;
  @ApiProperty({ enum: PROGRAMME_STATUSES, enumName: 'ProgrammeStatus', example: 'open' })
  status: ProgrammeStatus;
  @ApiProperty({ format: 'date-time', example: '2025-08-25T02:00:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2025-08-25T02:00:00.000Z' }) updatedAt: string;

  static of(p: Programme): ProgrammeView {
    return {
      id: p.id,
      title: p.title,
      kind: p.kind,
      description: p.description,
      capacity: p.capacity,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      confidential: p.confidential,
      status: p.status,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  }
}

export class ProgrammePage {
  @ApiProperty({ type: [ProgrammeView] }) items: ProgrammeView[];
  @ApiNextCursor() nextCursor: string | null;
}
