import { IsLaterThan, MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { trim } from '../programmes/programme.dto';
import { ATTENDANCE_STATUSES, type Attendance, type AttendanceStatus } from './attendance.entity';
import { SESSION_STATUSES, type ProgrammeSession, type SessionStatus } from './programme-session.entity';

export class SessionDto {
  @ApiProperty({ format: 'date-time', example: '2026-10-15T19:00:00+08:00' })
  @IsISO8601({ strict: true })
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-10-15T20:30:00+08:00', description: 'After startsAt' })
  @IsISO8601({ strict: true })
  @IsLaterThan('startsAt')
  endsAt: string;

  @ApiProperty({ example: '学生活动中心 302 室', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  place: string;

  @ApiProperty({ example: '认识尼古丁依赖，设定戒烟日', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  topic: string;
}

export class ScheduleSessionsDto {
  @ApiProperty({ type: [SessionDto], description: 'One session or the whole schedule' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => SessionDto)
  sessions: SessionDto[];
}

export class AttendanceEntryDto {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' })
  @IsUUID('all')
  enrolmentId: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES, enumName: 'SessionAttendanceStatus' })
  @IsIn(ATTENDANCE_STATUSES)
  status: AttendanceStatus;

  @ApiPropertyOptional({ example: '生病请假', maxLength: 500, description: 'Why they were absent' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  absenceReason?: string;
}

export class RecordSessionAttendanceDto {
  @ApiProperty({ type: [AttendanceEntryDto], description: 'One member, or the whole list, in one request' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  entries: AttendanceEntryDto[];
}

export class SessionView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) startsAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) endsAt: string;
  @ApiProperty({ example: '学生活动中心 302 室' }) place: string;
  @ApiProperty({ example: '认识尼古丁依赖，设定戒烟日' }) topic: string;
  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'SessionStatus' }) status: SessionStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-10-15T11:00:00.000Z' })
  completedAt: string | null;

  static of(s: ProgrammeSession): SessionView {
    return {
      id: s.id,
      programmeId: s.programmeId,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      place: s.place,
      topic: s.topic,
      status: s.status,
      completedAt: s.completedAt?.toISOString() ?? null,
    };
  }
}

export class SessionAttendanceView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) enrolmentId: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES, enumName: 'SessionAttendanceStatus' }) status: AttendanceStatus;
  @ApiProperty({ nullable: true, type: String, example: '生病请假' }) absenceReason: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) recordedAt: string;

  static of(a: Attendance): SessionAttendanceView {
    return {
      enrolmentId: a.enrolmentId,
      status: a.status,
      absenceReason: a.absenceReason,
      recordedAt: a.recordedAt.toISOString(),
    };
  }
}

export class AttendanceFlagView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) enrolmentId: string;
  @ApiProperty({ example: '陈思远' }) displayName: string;
  @ApiProperty({ type: 'integer', example: 2, description: 'Sessions missed in a row, up to the latest' })
  missedInARow: number;
}
