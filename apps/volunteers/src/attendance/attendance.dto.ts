import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { missingCheckOut, type Attendance } from './attendance.entity';
import type { CheckInPurpose } from './qr-code';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CheckInCodeQuery {
  @ApiProperty({ enum: ['check_in', 'check_out'] })
  @IsIn(['check_in', 'check_out'])
  purpose: CheckInPurpose;
}

export class CheckInCodeView {
  @ApiProperty({ description: 'The QR content; the next one is fetched at rotatesAt' }) code: string;
  @ApiProperty({ format: 'date-time' }) rotatesAt: string;
}

export class ScanDto {
  @ApiProperty({ description: 'The scanned QR content' })
  @IsString()
  @MaxLength(200)
  code: string;

  @ApiPropertyOptional({ example: 37.5356 }) @IsOptional() @IsLatitude() lat?: number;
  @ApiPropertyOptional({ example: 121.3915 }) @IsOptional() @IsLongitude() lng?: number;
}

export class RecordAttendanceDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') volunteerId: string;

  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) checkedInAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  checkedOutAt?: string;

  @ApiProperty({ example: '手机没电，由队长代为签到', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  reason: string;
}

export class NoShowDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(500)
  reason?: string;
}

export class AttendanceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) shiftId: string;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ enum: ['attended', 'no_show'] }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) checkedInAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) checkedOutAt: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['qr', 'manual'] }) checkInMethod: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['qr', 'manual'] }) checkOutMethod: string | null;
  @ApiProperty({ type: Number, nullable: true }) checkInDistanceMetres: number | null;
  @ApiProperty({ type: Number, nullable: true }) checkOutDistanceMetres: number | null;
  @ApiProperty({ description: 'A scan came from far from the venue (flagged, not refused)' })
  farFromVenue: boolean;
  @ApiProperty({ description: 'Checked in 24 hours ago or more with no check-out' })
  missingCheckOut: boolean;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;

  static of(a: Attendance, now = new Date()): AttendanceView {
    return {
      id: a.id,
      shiftId: a.shiftId,
      volunteerId: a.volunteerId,
      status: a.status,
      checkedInAt: a.checkedInAt?.toISOString() ?? null,
      checkedOutAt: a.checkedOutAt?.toISOString() ?? null,
      checkInMethod: a.checkInMethod,
      checkOutMethod: a.checkOutMethod,
      checkInDistanceMetres: a.checkInDistanceMetres,
      checkOutDistanceMetres: a.checkOutDistanceMetres,
      farFromVenue: a.farFromVenue,
      missingCheckOut: a.missingCheckOutAt !== null || missingCheckOut(a, now),
      reason: a.reason,
    };
  }
}
