import { PageQuery } from '@linkage/database';
import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString } from 'class-validator';
import type { Volunteer } from '../volunteers/volunteer.entity';
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

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxChars(2000)
  description?: string;
}

export class UpdateTeamDto extends PartialType(CreateTeamDto) {}

export class ListTeamsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(100)
  q?: string;
}

export class PutMemberDto {
  @ApiProperty({ enum: TEAM_ROLES })
  @IsIn(TEAM_ROLES)
  role: TeamRole;
}

export class ListMembersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TEAM_ROLES })
  @IsOptional()
  @IsIn(TEAM_ROLES)
  role?: TeamRole;
}

export class TeamView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

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
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

/** A member as a coordinator or the team's leader sees them: enough to reach them on the day. */
export class TeamMemberView {
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ enum: TEAM_ROLES }) role: TeamRole;
  @ApiProperty() name: string;
  @ApiProperty() studentNumber: string;
  @ApiProperty({ nullable: true, type: String }) department: string | null;
  @ApiProperty() mobile: string;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ format: 'date-time' }) addedAt: string;

  static of(m: TeamMember, v: Volunteer): TeamMemberView {
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
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
