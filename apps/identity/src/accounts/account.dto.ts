import { ROLES, type Role } from '@linkage/auth';
import { ApiNextCursor, PageQuery } from '@linkage/database';
import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  ValidateIf,
} from 'class-validator';
import type { Account } from './account.entity';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListAccountsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role', description: 'Only accounts holding this role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Part of the display name, email or mobile number', example: '王' })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  q?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Only active (true) or deactivated (false) accounts' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export class ChangeRolesDto {
  @ApiProperty({
    enum: ROLES,
    enumName: 'Role',
    isArray: true,
    example: ['partner'],
    description: 'The complete new set of roles',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The organisation a partner belongs to; required with the partner role unless already set',
    example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c',
  })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsUUID('all')
  organisationId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The volunteer profile of a volunteer; required with the volunteer role unless already set',
    example: null,
  })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsUUID('all')
  volunteerId?: string | null;
}

export class AccountView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-3c4d-7a1b-8c2d-1e2f3a4b5c6d' }) id: string;
  @ApiProperty({ nullable: true, type: String, example: 'wang.li@example.org' }) email: string | null;
  @ApiProperty({ nullable: true, type: String, example: '13805351234' }) mobile: string | null;
  @ApiProperty({ example: '王丽' }) displayName: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true, example: ['partner'] }) roles: Role[];
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c',
  })
  organisationId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', example: null }) volunteerId: string | null;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2026-10-08T08:30:12.000Z' })
  lastLoginAt: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-09-01T02:15:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-08T08:30:12.000Z' }) updatedAt: string;

  /** Everything but the password hash, which never leaves the service. */
  static of(a: Account): AccountView {
    return {
      id: a.id,
      email: a.email,
      mobile: a.mobile,
      displayName: a.displayName,
      roles: a.roles,
      organisationId: a.organisationId,
      volunteerId: a.volunteerId,
      active: a.active,
      lastLoginAt: a.lastLoginAt?.toISOString() ?? null,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    };
  }
}

export class AccountPage {
  @ApiProperty({ type: [AccountView] }) items: AccountView[];
  @ApiNextCursor() nextCursor: string | null;
}
