import { ROLES, type Role } from '@linkage/auth';
import { PageQuery } from '@linkage/database';
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

  @ApiProperty({ enum: ROLES, description: 'Coordinators may invite any role but admin' })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for the partner role: the organisation' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required for the volunteer role: the volunteer profile',
  })
  @IsOptional()
  @IsUUID('all')
  volunteerId?: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The one-time token handed out when the invitation was created' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({
    format: 'password',
    maxLength: 128,
    description: 'At least 10 characters with letters and digits, not the email or mobile number',
  })
  @IsString()
  @IsNotEmpty()
  @MaxChars(128)
  password: string;
}

export class ListInvitationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;
}

export class InvitationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) mobile: string | null;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organisationId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) volunteerId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) invitedBy: string | null;
  @ApiProperty({ enum: INVITATION_STATUSES }) status: InvitationStatus;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) acceptedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The account it created' })
  accountId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

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
  })
  token: string;
}

export class InvitationPage {
  @ApiProperty({ type: [InvitationView] }) items: InvitationView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
