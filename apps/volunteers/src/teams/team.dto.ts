import { ApiNextCursor, PageQuery } from '@linkage/database';
import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString } from 'class-validator';
import type { VolunteerData } from '../volunteers/volunteer-data';
import { TEAM_ROLES, type TeamRole } from './team-role';
import type { TeamMember } from './team-member.entity';
import type { Team } from './team.entity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateTeamDto {
  @ApiProperty({ example: '消防安全志愿服务队', maxLength: 100, description: 'Unique' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  name: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    example: '面向社区开展消防安全宣传、隐患排查和应急演练的学生志愿服务队。',
  })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  description?: string;
}

export class UpdateTeamDto extends PartialType(CreateTeamDto) {}

export class ListTeamsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name', example: '消防' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(100)
  q?: string;
}

export class PutMemberDto {
  @ApiProperty({ enum: TEAM_ROLES, enumName: 'TeamRole', example: 'member' })
  @IsIn(TEAM_ROLES)
  role: TeamRole;
}

export class ListMembersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TEAM_ROLES, enumName: 'TeamRole' })
  @IsOptional()
  @IsIn(TEAM_ROLES)
  role?: TeamRole;
}

export class TeamView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f' }) id: string;
  @ApiProperty({ example: '消防安全志愿服务队' }) name: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '面向社区开展消防安全宣传、隐患排查和应急演练的学生志愿服务队。',
  })
  description: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-09-01T02:15:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-09-01T02:15:00.000Z' }) updatedAt: string;

  static of(t: Team): TeamView {
    return {
      id: t.id,
      name: t.name,
      description: t.description,
      createdAt: t.createdAt.toISOString(),
      updatedAt: t.updatedAt.toISOString(),
    };
  }
}

export class TeamPage {
  @ApiProperty({ type: [TeamView] }) items: TeamView[];
  @ApiNextCursor() nextCursor: string | null;
}

/** A member as a coordinator or the team's leader sees them: enough to reach them on the day. */
export class TeamMemberView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' }) volunteerId: string;
  @ApiProperty({ enum: TEAM_ROLES, enumName: 'TeamRole', example: 'leader' }) role: TeamRole;
  @ApiProperty({ example: '李晓雯' }) name: string;
  @ApiProperty({ example: '2023011234' }) studentNumber: string;
  @ApiProperty({ nullable: true, type: String, example: '人文学院' }) department: string | null;
  @ApiProperty({ example: '13805351234' }) mobile: string;
  @ApiProperty({ type: [String], example: ['急救', '手语'] }) skills: string[];
  @ApiProperty({ format: 'date-time', example: '2026-09-05T01:00:00.000Z' }) addedAt: string;

  static of(m: TeamMember, v: VolunteerData): TeamMemberView {
    return {
      volunteerId: m.volunteerId,
      role: m.role,
      name: v.name,
      studentNumber: v.studentNumber,
      department: v.department,
      mobile: v.mobile,
      skills: v.skills,
      addedAt: m.addedAt.toISOString(),
    };
  }
}

export class TeamMemberPage {
  @ApiProperty({ type: [TeamMemberView] }) items: TeamMemberView[];
  @ApiNextCursor() nextCursor: string | null;
}
