import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Equals, IsNotEmpty, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { trim } from '../programmes/programme.dto';
import type { Consent } from './consent.entity';
import { ENROLMENT_STATUSES, type Enrolment, type EnrolmentStatus } from './enrolment.entity';

const VERSION = /^[A-Za-z0-9._-]{1,40}$/;

export class ProgrammeConsentDto {
  @ApiProperty({ example: '2026-09', description: 'The version of the participation consent text agreed to' })
  @IsString()
  @Matches(VERSION, { message: 'participationVersion must be 1–40 letters, digits, . _ or -' })
  participationVersion: string;

  @ApiProperty({ example: '2026-09', description: 'The version of the data-processing notice agreed to' })
  @IsString()
  @Matches(VERSION, { message: 'dataProcessingVersion must be 1–40 letters, digits, . _ or -' })
  dataProcessingVersion: string;

  @ApiProperty({ example: true, description: 'Must be true: consent to take part and to data processing' })
  @Equals(true, { message: 'agreed must be true' })
  agreed: boolean;
}

export class EnrolDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The accepted application to enrol',
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  @IsUUID('all')
  applicationId: string;
}

export class WithdrawDto {
  @ApiPropertyOptional({ example: '课程冲突', maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  reason?: string;
}

export class ProgrammeConsentView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) accountId: string;
  @ApiProperty({ example: '2026-09' }) participationVersion: string;
  @ApiProperty({ example: '2026-09' }) dataProcessingVersion: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) givenAt: string;
  @ApiProperty({
    format: 'uuid',
    description: 'The member, or the counsellor who recorded a signed form',
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  recordedBy: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-10-15T11:00:00.000Z' })
  withdrawnAt: string | null;

  static of(c: Consent): ProgrammeConsentView {
    return {
      id: c.id,
      programmeId: c.programmeId,
      accountId: c.accountId,
      participationVersion: c.participationVersion,
      dataProcessingVersion: c.dataProcessingVersion,
      givenAt: c.givenAt.toISOString(),
      recordedBy: c.recordedBy,
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    };
  }
}

export class EnrolmentView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) accountId: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  volunteerId: string | null;
  @ApiProperty({ example: '陈思远' }) displayName: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES, enumName: 'EnrolmentStatus' }) status: EnrolmentStatus;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) enrolledAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-10-15T11:00:00.000Z' })
  withdrawnAt: string | null;

  static of(e: Enrolment): EnrolmentView {
    return {
      id: e.id,
      programmeId: e.programmeId,
      accountId: e.accountId,
      volunteerId: e.volunteerId,
      displayName: e.displayName,
      status: e.status,
      enrolledAt: e.enrolledAt.toISOString(),
      withdrawnAt: e.withdrawnAt?.toISOString() ?? null,
    };
  }
}
