import { ROLES, type Role } from '@linkage/auth';
import { ApiNextCursor, PageQuery } from '@linkage/database';
import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { MOBILE_MESSAGE, MOBILE_PATTERN } from '../accounts/contact';
import { IsEmailUnlessMobile } from '../accounts/contact.validation';
import type { Invitation } from './invitation.entity';
import { INVITATION_STATUSES, invitationStatus, type InvitationStatus } from './invitation-status';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateInvitationDto {
  @ApiPropertyOptional({
    example: 'wang.li@example.org',
    description: 'Email, mobile, or both: at least one',
  })
  @Transform(trim)
  @IsEmailUnlessMobile()
  email?: string;

  @ApiPropertyOptional({ example: '13805351234', description: 'Mainland mobile number (11 digits)' })
  @IsOptional()
  @Matches(MOBILE_PATTERN, { message: `mobile ${MOBILE_MESSAGE}` })
  mobile?: string;

  @ApiProperty({ example: '王丽', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  displayName: string;

  @ApiProperty({
    enum: ROLES,
    enumName: 'Role',
    description: 'Coordinators may invite any role but admin',
    example: 'partner',
  })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required for the partner role: the organisation',
    example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c',
  })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required for the volunteer role: the volunteer profile',
    example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e',
  })
  @IsOptional()
  @IsUUID('all')
  volunteerId?: string;
}

export class AcceptInvitationDto {
  @ApiProperty({
    description: 'The one-time token handed out when the invitation was created',
    example: 'inv_5Kq8Zp2Lm7Xw4Rt9Vb1Nc6Hd3Fg0Js',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({
    format: 'password',
    maxLength: 128,
    description: 'At least 10 characters with letters and digits, not the email or mobile number',
    example: 'binhai-road-2026',
  })
  @IsString()
  @IsNotEmpty()
  @MaxChars(128)
  password: string;
}

export class ListInvitationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES, enumName: 'InvitationStatus' })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;
}

export class InvitationView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-c1d2-7e3f-8a4b-5c6d7e8f9a0b' }) id: string;
  @ApiProperty({ nullable: true, type: String, example: 'wang.li@example.org' }) email: string | null;
  @ApiProperty({ nullable: true, type: String, example: '13805351234' }) mobile: string | null;
  @ApiProperty({ example: '王丽' }) displayName: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', example: 'partner' }) role: Role;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c',
  })
  organisationId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', example: null }) volunteerId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    example: '0192b7e2-3c4d-7a1b-8c2d-1e2f3a4b5c6d',
  })
  invitedBy: string | null;
  @ApiProperty({ enum: INVITATION_STATUSES, enumName: 'InvitationStatus', example: 'pending' })
  status: InvitationStatus;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T09:00:00.000Z' }) expiresAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: null }) acceptedAt:
    string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The account it created',
    example: null,
  })
  accountId: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-10-08T09:00:00.000Z' }) createdAt: string;

  static of(i: Invitation, now = new Date()): InvitationView {
    return {
      id: i.id,
      email: i.email,
      mobile: i.mobile,
      displayName: i.displayName,
      role: i.role,
      organisationId: i.organisationId,
      volunteerId: i.volunteerId,
      invitedBy: i.invitedBy,
      status: invitationStatus(i, now),
      expiresAt: i.expiresAt.toISOString(),
      acceptedAt: i.acceptedAt?.toISOString() ?? null,
      accountId: i.accountId,
      createdAt: i.createdAt.toISOString(),
    };
  }
}

export class CreatedInvitationView extends InvitationView {
  @ApiProperty({
    description:
      'The one-time token for /api/invitations/accept. Shown only here, once: only its hash is kept.',
    example: 'inv_5Kq8Zp2Lm7Xw4Rt9Vb1Nc6Hd3Fg0Js',
  })
  token: string;
}

export class InvitationPage {
  @ApiProperty({ type: [InvitationView] }) items: InvitationView[];
  @ApiNextCursor() nextCursor: string | null;
}
