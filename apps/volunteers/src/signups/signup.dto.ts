import { ApiNextCursor, PageQuery } from '@linkage/database';
import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, ValidateIf } from 'class-validator';
import { LocationView } from '../shifts/shift.dto';
import { SHIFT_STATUSES, shownStatus, type ShiftStatus } from '../shifts/shift-status';
import type { VolunteerData } from '../volunteers/volunteer-data';
import type { AssignmentRow } from './signup-data';
import type { Signup } from './signup.entity';
import { SIGNUP_STATUSES, type SignupStatus } from './signup-status';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** An overlap override: only with a reason, which goes to the audit trail and stays on the sign-up. */
export class OverrideDto {
  @ApiPropertyOptional({
    description: 'Let it overlap another confirmed shift (coordinators; needs a reason)',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  override?: boolean;

  @ApiPropertyOptional({ example: '两个活动在同一社区，可兼顾', maxLength: 500 })
  @ValidateIf((o: OverrideDto) => o.override === true || o.reason !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason is required with override' })
  @MaxChars(500)
  reason?: string;
}

export class SignUpDto extends OverrideDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Whom to sign up (coordinators); leave out to sign up yourself',
    example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e',
  })
  @IsOptional()
  @IsUUID('all')
  volunteerId?: string;
}

export class ApproveSignupDto extends OverrideDto {}

export class RejectSignupDto {
  @ApiPropertyOptional({ maxLength: 500, example: '本次活动需要已取得急救证书的志愿者' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxChars(500)
  reason?: string;
}

export class RosterQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SIGNUP_STATUSES, enumName: 'SignupStatus' })
  @IsOptional()
  @IsIn(SIGNUP_STATUSES)
  status?: SignupStatus;
}

export class AssignmentsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['upcoming', 'past'],
    enumName: 'AssignmentTime',
    default: 'upcoming',
    description: 'upcoming: not yet ended, soonest first; past: ended, latest first',
  })
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when: 'upcoming' | 'past' = 'upcoming';

  @ApiPropertyOptional({ enum: SIGNUP_STATUSES, enumName: 'SignupStatus' })
  @IsOptional()
  @IsIn(SIGNUP_STATUSES)
  status?: SignupStatus;
}

export class SignupView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-7c3d-7e5f-8a6b-8c9d0e1f2a3b' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a' }) shiftId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' }) volunteerId: string;
  @ApiProperty({ enum: SIGNUP_STATUSES, enumName: 'SignupStatus', example: 'confirmed' })
  status: SignupStatus;
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description: 'Place in line now (1 is next), when waitlisted',
    example: null,
  })
  waitlistPosition: number | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Claim by then, when offered',
    example: null,
  })
  offerExpiresAt: string | null;
  @ApiProperty({ description: 'Signed up by a coordinator', example: false }) assigned: boolean;
  @ApiProperty({ nullable: true, type: String, example: null }) overrideReason: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2026-10-08T09:00:00.000Z' })
  confirmedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: null }) cancelledAt:
    string | null;
  @ApiProperty({ format: 'date-time', example: '2026-10-08T09:00:00.000Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-08T09:00:00.000Z' }) updatedAt: string;

  static of(s: Signup, positions: ReadonlyMap<string, number>): SignupView {
    return {
      id: s.id,
      shiftId: s.shiftId,
      volunteerId: s.volunteerId,
      status: s.status,
      waitlistPosition: positions.get(s.id) ?? null,
      offerExpiresAt: s.offerExpiresAt?.toISOString() ?? null,
      assigned: s.assignedBy !== null,
      overrideReason: s.overrideReason,
      confirmedAt: s.confirmedAt?.toISOString() ?? null,
      cancelledAt: s.cancelledAt?.toISOString() ?? null,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

export class RosterVolunteerView {
  @ApiProperty({ example: '李晓雯' }) name: string;
  @ApiProperty({ example: '2023011234' }) studentNumber: string;
  @ApiProperty({ example: '13805351234' }) mobile: string;
}

export class RosterEntryView extends SignupView {
  @ApiProperty({ type: RosterVolunteerView }) volunteer: RosterVolunteerView;

  static with(s: Signup, positions: ReadonlyMap<string, number>, v: VolunteerData): RosterEntryView {
    return {
      ...SignupView.of(s, positions),
      volunteer: { name: v.name, studentNumber: v.studentNumber, mobile: v.mobile },
    };
  }
}

export class RosterPage {
  @ApiProperty({ type: [RosterEntryView] }) items: RosterEntryView[];
  @ApiNextCursor() nextCursor: string | null;
}

export class AssignmentShiftView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a' }) id: string;
  @ApiProperty({ example: '社区消防安全宣传' }) title: string;
  @ApiProperty({ type: LocationView }) location: LocationView;
  @ApiProperty({ format: 'date-time', example: '2026-10-17T01:00:00.000Z' }) startsAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-17T04:00:00.000Z' }) endsAt: string;
  @ApiProperty({ enum: SHIFT_STATUSES, enumName: 'ShiftStatus', example: 'open' }) status: ShiftStatus;
  @ApiProperty({ nullable: true, type: String, example: null }) cancelReason: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    example: '0192b7e2-51aa-7c3d-8e4f-6a7b8c9d0e1f',
  })
  teamId: string | null;
}

/** One of my sign-ups with what I need to know of its shift. */
export class AssignmentView {
  @ApiProperty({
    format: 'uuid',
    description: 'The sign-up',
    example: '0192b7e2-7c3d-7e5f-8a6b-8c9d0e1f2a3b',
  })
  id: string;
  @ApiProperty({ enum: SIGNUP_STATUSES, enumName: 'SignupStatus', example: 'waitlisted' })
  status: SignupStatus;
  @ApiProperty({ nullable: true, type: 'integer', example: 2 }) waitlistPosition: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: null })
  offerExpiresAt: string | null;
  @ApiProperty({ type: AssignmentShiftView }) shift: AssignmentShiftView;

  static of(row: AssignmentRow, now = new Date()): AssignmentView {
    const { shift } = row;
    return {
      id: row.id,
      status: row.status,
      waitlistPosition: row.waitlistPosition,
      offerExpiresAt: row.offerExpiresAt?.toISOString() ?? null,
      shift: {
        id: shift.id,
        title: shift.title,
        location: {
          venue: shift.venue,
          address: shift.address,
          latitude: shift.latitude,
          longitude: shift.longitude,
        },
        startsAt: shift.startsAt.toISOString(),
        endsAt: shift.endsAt.toISOString(),
        status: shownStatus(shift.status, shift.endsAt, now),
        cancelReason: shift.cancelReason,
        teamId: shift.teamId,
      },
    };
  }
}

export class AssignmentPage {
  @ApiProperty({ type: [AssignmentView] }) items: AssignmentView[];
  @ApiNextCursor() nextCursor: string | null;
}
