import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
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
  ValidateNested,
} from 'class-validator';
import { missingCheckOut, type Attendance } from './attendance.entity';
import type { CheckInPurpose } from './qr-code';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CheckInCodeQuery {
  @ApiProperty({ enum: ['check_in', 'check_out'], enumName: 'CheckInPurpose' })
  @IsIn(['check_in', 'check_out'])
  purpose: CheckInPurpose;
}

export class CheckInCodeView {
  @ApiProperty({
    description: 'The QR content; the next one is fetched at rotatesAt',
    example: 'c1.i.zkfn2.0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a.Yk3vQ9mXbR2tLp8wZq4NcA',
  })
  code: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-17T00:55:30.000Z' }) rotatesAt: string;
}

export class ScanDto {
  @ApiProperty({
    description: 'The scanned QR content',
    example: 'c1.i.zkfn2.0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a.Yk3vQ9mXbR2tLp8wZq4NcA',
  })
  @IsString()
  @MaxLength(200)
  code: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-10-17T08:55:00+08:00',
    description:
      'When the code was scanned, for a scan kept on the phone while offline and sent later (at most OFFLINE_SCAN_MAX_MINUTES ago): the code is checked and the time recorded as of then.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  scannedAt?: string;

  @ApiPropertyOptional({ example: 37.5356 }) @IsOptional() @IsLatitude() lat?: number;
  @ApiPropertyOptional({ example: 121.3915 }) @IsOptional() @IsLongitude() lng?: number;
}

export class WalkInDto {
  @ApiProperty({
    example: '临时顶替生病的队员',
    maxLength: 500,
    description: 'Why they are added at the door (audited)',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  reason: string;
}

export class CardScanDto {
  @ApiProperty({
    description: 'The QR content of the volunteer’s card',
    example: 'c1.v.zkfn2.0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e.Yk3vQ9mXbR2tLp8wZq4NcA',
  })
  @IsString()
  @MaxLength(200)
  code: string;

  @ApiProperty({ enum: ['check_in', 'check_out'], enumName: 'CheckInPurpose' })
  @IsIn(['check_in', 'check_out'])
  purpose: CheckInPurpose;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-10-17T08:55:00+08:00',
    description: 'When the card was scanned, for a scan kept on the phone while offline and sent later.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  scannedAt?: string;

  @ApiPropertyOptional({ example: 37.5356, description: 'Where the scanning phone is' })
  @IsOptional()
  @IsLatitude()
  lat?: number;
  @ApiPropertyOptional({ example: 121.3915 }) @IsOptional() @IsLongitude() lng?: number;

  @ApiPropertyOptional({
    type: WalkInDto,
    description: 'Add someone without a confirmed place as a walk-in (check-in only; a place must be free)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WalkInDto)
  walkIn?: WalkInDto;
}

export class RecordAttendanceDto {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' })
  @IsUUID('all')
  volunteerId: string;

  @ApiProperty({ format: 'date-time', example: '2026-10-17T08:55:00+08:00' })
  @IsISO8601({ strict: true })
  checkedInAt: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-10-17T12:05:00+08:00' })
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
  @ApiPropertyOptional({ maxLength: 500, example: '未请假，电话联系不上' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(500)
  reason?: string;
}

export class AttendanceView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-f4a5-7b6c-8d7e-8f9a0b1c2d3e' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a' }) shiftId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' }) volunteerId: string;
  @ApiProperty({ enum: ['attended', 'no_show'], enumName: 'AttendanceStatus', example: 'attended' })
  status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-10-17T00:55:12.000Z' })
  checkedInAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-10-17T04:03:40.000Z' })
  checkedOutAt: string | null;
  @ApiProperty({
    nullable: true,
    enum: ['qr', 'card', 'manual'],
    enumName: 'AttendanceMethod',
    example: 'qr',
  })
  checkInMethod: string | null;
  @ApiProperty({
    nullable: true,
    enum: ['qr', 'card', 'manual'],
    enumName: 'AttendanceMethod',
    example: 'qr',
  })
  checkOutMethod: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 35 }) checkInDistanceMetres: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 42 }) checkOutDistanceMetres: number | null;
  @ApiProperty({ description: 'A scan came from far from the venue (flagged, not refused)', example: false })
  farFromVenue: boolean;
  @ApiProperty({ description: 'Checked in 24 hours ago or more with no check-out', example: false })
  missingCheckOut: boolean;
  @ApiProperty({ type: String, nullable: true, example: null }) reason: string | null;

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

export class CardVolunteerView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' }) id: string;
  @ApiProperty({ example: '李晓雯' }) name: string;
}

export class CardScanView {
  @ApiProperty({ type: AttendanceView }) attendance: AttendanceView;
  @ApiProperty({ type: CardVolunteerView }) volunteer: CardVolunteerView;
  @ApiProperty({ description: 'False when the scan repeated one already recorded', example: true })
  changed: boolean;
  @ApiProperty({ description: 'They were added to the shift at the door', example: false }) walkedIn: boolean;
}

export class CardCodeView {
  @ApiProperty({ example: 'c1.v.zkfn2.0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e.Yk3vQ9mXbR2tLp8wZq4NcA' })
  code: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-17T00:55:00.000Z' }) validFrom: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-17T00:55:30.000Z' }) rotatesAt: string;
}

export class VolunteerCardView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' }) volunteerId: string;
  @ApiProperty({ example: '李晓雯' }) name: string;
  @ApiProperty({ nullable: true, type: String, example: '37060220230001234' })
  nationalVolunteerNumber: string | null;
  @ApiProperty({ example: '2023011234' }) studentNumber: string;
  @ApiProperty({ nullable: true, type: String, example: '人文学院' }) department: string | null;
  @ApiProperty({
    type: [CardCodeView],
    description: 'The code for now and the next ones (shown by the phone’s clock while offline)',
  })
  codes: CardCodeView[];
  @ApiProperty({ example: 30 }) periodSeconds: number;
}
