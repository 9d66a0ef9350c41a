import { MaxChars } from '@linkage/errors';
import { ApiNextCursor, PageQuery } from '@linkage/database';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  ValidateNested,
} from 'class-validator';
import {
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  type OrganisationKind,
  type OrganisationStatus,
} from './organisation-kind';
import type { Organisation, OrganisationContact } from './organisation.entity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value;

/** A mainland mobile (13805351234) or a landline with its area code (0535-6912345). */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** One further person to reach at the organisation. */
export class OrganisationContactDto {
  @ApiProperty({ example: '李秀英', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  name: string;

  @ApiPropertyOptional({ example: '护士长', maxLength: 60, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(60)
  title?: string | null;

  @ApiPropertyOptional({
    example: '0535-6912345',
    nullable: true,
    type: String,
    description: 'A mainland mobile number or a landline with its area code',
  })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a mainland mobile number or a landline with its area code' })
  phone?: string | null;

  @ApiPropertyOptional({ example: 'jiyi@example.org', nullable: true, type: String })
  @IsOptional()
  @IsEmail()
  @MaxChars(254)
  email?: string | null;
}

export class OrganisationContactView {
  @ApiProperty({ example: '李秀英' }) name: string;
  @ApiProperty({ nullable: true, type: String, example: '护士长' }) title: string | null;
  @ApiProperty({ nullable: true, type: String, example: '0535-6912345' }) phone: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'jiyi@example.org' }) email: string | null;
}

/** The contacts as stored: every field present, absent ones null. */
export function toContacts(input: OrganisationContactDto[]): OrganisationContact[] {
  return input.map((c) => ({
    name: c.name,
    title: c.title ?? null,
    phone: c.phone ?? null,
    email: c.email ?? null,
  }));
}

/** An optional list of the communities served: at most 50 names, none empty or repeated. */
function CommunityList(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Transform(trimEach),
    IsArray(),
    ArrayMaxSize(50),
    ArrayUnique(),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxChars(100, { each: true }),
  );
}

/** An optional list of further contacts, at most 10, each validated as OrganisationContactDto. */
function ContactList(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(10),
    ValidateNested({ each: true }),
    Type(() => OrganisationContactDto),
  );
}

const COMMUNITIES = 'The communities it serves, by name (at most 50, no repeats)';
const CONTACTS = 'Further people to reach there beside the main contact (at most 10)';

export class CreateOrganisationDto {
  @ApiProperty({ example: '莱山区初家街道社会工作服务站', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind', example: 'residents_committee' })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @ApiPropertyOptional({ example: '莱山区' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(100)
  district?: string;

  @ApiPropertyOptional({ example: '烟台市莱山区观海路 1 号' })
  @IsOptional()
  @IsString()
  @MaxChars(300)
  address?: string;

  @ApiPropertyOptional({ example: '王丽' })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  contactName?: string;

  @ApiPropertyOptional({ example: '13805351234', description: 'Mainland mobile number (11 digits)' })
  @IsOptional()
  @Matches(/^1[3-9]\d{9}$/, {
    message: 'contactPhone must be a mainland mobile number (11 digits, starting 13–19)',
  })
  contactPhone?: string;

  @ApiPropertyOptional({ example: 'contact@example.org' })
  @IsOptional()
  @IsEmail()
  @MaxChars(254)
  contactEmail?: string;

  @ApiPropertyOptional({ type: [String], example: ['滨海路社区', '黄海路社区'], description: COMMUNITIES })
  @CommunityList()
  communities?: string[];

  @ApiPropertyOptional({ type: [OrganisationContactDto], description: CONTACTS })
  @ContactList()
  contacts?: OrganisationContactDto[];
}

export class ListOrganisationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind' })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional({ example: '莱山区' })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  district?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES, enumName: 'OrganisationStatus' })
  @IsOptional()
  @IsIn(ORGANISATION_STATUSES)
  status?: OrganisationStatus;

  @ApiPropertyOptional({
    description: 'The name of a community it serves (whole name)',
    example: '滨海路社区',
  })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  community?: string;

  @ApiPropertyOptional({ description: 'Part of the name', example: '滨海路' })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  q?: string;
}

export class OrganisationView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c' }) id: string;
  @ApiProperty({ example: '滨海路社区居委会' }) name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS, enumName: 'OrganisationKind', example: 'residents_committee' })
  kind: OrganisationKind;
  @ApiProperty({ nullable: true, type: String, example: '莱山区' }) district: string | null;
  @ApiProperty({ enum: ORGANISATION_STATUSES, enumName: 'OrganisationStatus', example: 'active' })
  status: OrganisationStatus;
  @ApiProperty({ nullable: true, type: String, example: '烟台市莱山区滨海路 88 号' }) address: string | null;
  @ApiProperty({ type: [String], example: ['滨海路社区', '黄海路社区'] }) communities: string[];
  @ApiProperty({ nullable: true, type: String, example: '张伟' }) contactName: string | null;
  @ApiProperty({ nullable: true, type: String, example: '13805351234' }) contactPhone: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'binhailu@example.org' }) contactEmail: string | null;
  @ApiProperty({ type: [OrganisationContactView] }) contacts: OrganisationContactView[];
  @ApiProperty({ format: 'date-time', example: '2026-08-15T01:30:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-09-02T07:10:00.000Z' }) updatedAt: string;

  static of(o: Organisation): OrganisationView {
    return {
      id: o.id,
      name: o.name,
      kind: o.kind,
      district: o.district,
      status: o.status,
      address: o.address,
      communities: o.communities,
      contactName: o.contactName,
      contactPhone: o.contactPhone,
      contactEmail: o.contactEmail,
      contacts: o.contacts,
      createdAt: o.createdAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
    };
  }
}

export class OrganisationPage {
  @ApiProperty({ type: [OrganisationView] }) items: OrganisationView[];
  @ApiNextCursor() nextCursor: string | null;
}

/** What a partner member may change about their own organisation. */
export class UpdateContactDto {
  @ApiPropertyOptional({ example: '王丽' })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  contactName?: string;

  @ApiPropertyOptional({ example: '13805351234' })
  @IsOptional()
  @Matches(/^1[3-9]\d{9}$/, {
    message: 'contactPhone must be a mainland mobile number (11 digits, starting 13–19)',
  })
  contactPhone?: string;

  @ApiPropertyOptional({ example: 'contact@example.org' })
  @IsOptional()
  @IsEmail()
  @MaxChars(254)
  contactEmail?: string;

  @ApiPropertyOptional({ type: [OrganisationContactDto], description: `${CONTACTS}; replaces the list` })
  @ContactList()
  contacts?: OrganisationContactDto[];
}

/** A coordinator's edit of the directory entry: rename, re-classify, move, suspend. */
export class UpdateOrganisationDto {
  @ApiPropertyOptional({ example: '滨海路社区居民委员会', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name?: string;

  @ApiPropertyOptional({
    enum: ORGANISATION_KINDS,
    enumName: 'OrganisationKind',
    example: 'residents_committee',
  })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional({ example: '高新区', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxChars(100)
  district?: string | null;

  @ApiPropertyOptional({ example: '烟台市高新区科技大道 1 号', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxChars(300)
  address?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['滨海路社区', '黄海路社区'],
    description: `${COMMUNITIES}; replaces the list`,
  })
  @CommunityList()
  communities?: string[];

  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES, enumName: 'OrganisationStatus', example: 'suspended' })
  @IsOptional()
  @IsIn(ORGANISATION_STATUSES)
  status?: OrganisationStatus;
}
