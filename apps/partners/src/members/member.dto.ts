import { ApiNextCursor, PageQuery } from '@linkage/database';
import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString } from 'class-validator';
import type { OrganisationRole } from '../access/member.access';
import { MEMBER_STATUSES, ORGANISATION_ROLES, type MemberStatus } from './member-status';
import type { OrganisationMember } from './member.entity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class InviteMemberDto {
  @ApiProperty({ example: 'li.xiuying@example.org', maxLength: 254 })
  @Transform(lower)
  @IsEmail()
  @MaxChars(254)
  email: string;

  @ApiProperty({ example: '李秀英', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  displayName: string;

  @ApiProperty({ enum: ORGANISATION_ROLES, enumName: 'OrganisationRole', example: 'staff' })
  @IsIn(ORGANISATION_ROLES)
  role: OrganisationRole;
}

export const MEMBER_STANDINGS = ['active', 'suspended'] as const;

export class UpdateMemberDto {
  @ApiPropertyOptional({ enum: ORGANISATION_ROLES, enumName: 'OrganisationRole', example: 'manager' })
  @IsOptional()
  @IsIn(ORGANISATION_ROLES)
  role?: OrganisationRole;

  @ApiPropertyOptional({
    enum: MEMBER_STANDINGS,
    enumName: 'MemberStanding',
    example: 'suspended',
    description: 'suspended: refused by partners; active: reinstated (invited again until they accept)',
  })
  @IsOptional()
  @IsIn(MEMBER_STANDINGS)
  status?: (typeof MEMBER_STANDINGS)[number];
}

export class ListMembersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MEMBER_STATUSES, enumName: 'MemberStatus' })
  @IsOptional()
  @IsIn(MEMBER_STATUSES)
  status?: MemberStatus;
}

export class MemberView {
  @ApiProperty({ format: 'uuid', example: '0193a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c' }) organisationId: string;
  @ApiProperty({
    example: '0190f0a0-1b2c-7d3e-8f4a-5b6c7d8e9f00',
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Once the invitation is accepted',
  })
  accountId: string | null;
  @ApiProperty({ example: 'li.xiuying@example.org' }) email: string;
  @ApiProperty({ example: '李秀英' }) displayName: string;
  @ApiProperty({ enum: ORGANISATION_ROLES, enumName: 'OrganisationRole', example: 'staff' })
  role: OrganisationRole;
  @ApiProperty({ enum: MEMBER_STATUSES, enumName: 'MemberStatus', example: 'invited' }) status: MemberStatus;
  @ApiProperty({ format: 'date-time', example: '2026-11-20T02:00:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-21T03:00:00.000Z' }) updatedAt: string;

  static of(m: OrganisationMember): MemberView {
    return {
      id: m.id,
      organisationId: m.organisationId,
      accountId: m.accountId,
      email: m.email,
      displayName: m.displayName,
      role: m.role,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
      updatedAt: m.updatedAt.toISOString(),
    };
  }
}

export class MemberPage {
  @ApiProperty({ type: [MemberView] }) items: MemberView[];
  @ApiNextCursor() nextCursor: string | null;
}

export class MemberInvitationView {
  @ApiProperty({ format: 'uuid', example: '0193a1b2-0000-7000-8000-00000000c0de' }) id: string;
  @ApiProperty({ description: 'The one-time token; shown here only', example: 'q3Xc…' }) token: string;
  @ApiProperty({
    description: 'The portal path to send the new member (relative to the portal’s address)',
    example: '/invite?token=q3Xc…',
  })
  link: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-23T02:00:00.000Z' }) expiresAt: string;
}

export class InvitedMemberView {
  @ApiProperty({ type: MemberView }) member: MemberView;
  @ApiProperty({ type: MemberInvitationView }) invitation: MemberInvitationView;
}
