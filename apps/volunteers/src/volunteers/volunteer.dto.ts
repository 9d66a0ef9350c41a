import { MaxChars } from '@linkage/errors';
import { PageQuery } from '@linkage/database';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';
import { POLITICAL_STATUSES, type PoliticalStatus } from './political-status';
import type { Volunteer } from './volunteer.entity';

const MAX_SKILLS = 20;
const MAX_SKILL_LENGTH = 30;

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

// " 急救" and "急救" are the same skill; keeping one copy keeps the skill filter's answers clean.
const trimEachOnce = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? [...new Set(value.map((item: unknown) => trim({ value: item })))] : value;

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

  @ApiPropertyOptional({ enum: POLITICAL_STATUSES })
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
}

export class ListVolunteersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(100)
  q?: string;

  @ApiPropertyOptional({ description: 'The department, exactly' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(100)
  department?: string;

  @ApiPropertyOptional({ description: 'One skill the volunteer has, exactly' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(MAX_SKILL_LENGTH)
  skill?: string;
}

export class VolunteerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() studentNumber: string;
  @ApiProperty({ nullable: true, type: String }) department: string | null;
  @ApiProperty({ nullable: true, type: String }) major: string | null;
  @ApiProperty({ nullable: true, type: String }) className: string | null;
  @ApiProperty() mobile: string;
  @ApiProperty({ nullable: true, enum: POLITICAL_STATUSES }) politicalStatus: PoliticalStatus | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static of(v: Volunteer): VolunteerView {
    return {
      id: v.id,
      name: v.name,
      studentNumber: v.studentNumber,
      department: v.department,
      major: v.major,
      className: v.className,
      mobile: v.mobile,
      politicalStatus: v.politicalStatus,
      skills: v.skills,
      createdAt: v.createdAt.toISOString(),
      updatedAt: v.updatedAt.toISOString(),
    };
  }
}

export class VolunteerPage {
  @ApiProperty({ type: [VolunteerView] }) items: VolunteerView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

/** What a volunteer may change in their own profile (name and student number stay as registered). */
export class UpdateVolunteerDto extends PartialType(
  OmitType(CreateVolunteerDto, ['name', 'studentNumber'] as const),
) {}
