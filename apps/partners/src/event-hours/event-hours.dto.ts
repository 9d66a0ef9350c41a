import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { HOURS_DECISIONS, type EventHoursRecord, type HoursDecision } from './event-hours-record.entity';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class EventHoursDisputeDto {
  @ApiProperty({ example: '该志愿者当天 10 点才到场，时长应为 1.5 小时。', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class EventHoursView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-e3f4-7a5b-9c6d-7e8f9a0b1c2d' }) hoursRecordId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-6b2c-7d4e-9f5a-7b8c9d0e1f2a' }) shiftId: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' }) volunteerId: string;
  @ApiProperty({ example: '张同学', description: 'As volunteers shows it to partners (no contact details)' })
  volunteerName: string;
  @ApiProperty({ example: 2.5 }) hours: number;
  @ApiProperty({ example: 'recorded', description: "volunteers' status of the record" }) recordStatus: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-12-05T01:00:00.000Z' })
  checkedInAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-12-05T03:30:00.000Z' })
  checkedOutAt: string | null;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({
    enum: HOURS_DECISIONS,
    enumName: 'EventHoursDecision',
    nullable: true,
    example: 'confirmed',
    description: "The organisation's decision; null while undecided",
  })
  decision: HoursDecision | null;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'Why it was disputed' })
  reason: string | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0192b7e2-0c1d-7e2f-8a3b-4c5d6e7f8a9b',
  })
  certifiedBy: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-12-05T08:00:00.000Z' })
  certifiedAt: string | null;

  static of(r: EventHoursRecord): EventHoursView {
    return {
      hoursRecordId: r.hoursRecordId,
      shiftId: r.shiftId,
      volunteerId: r.volunteerId,
      volunteerName: r.volunteerName,
      hours: r.hours,
      recordStatus: r.recordStatus,
      checkedInAt: r.checkedInAt?.toISOString() ?? null,
      checkedOutAt: r.checkedOutAt?.toISOString() ?? null,
      version: r.version,
      decision: r.decision,
      reason: r.decisionReason,
      certifiedBy: r.certifiedBy,
      certifiedAt: r.certifiedAt?.toISOString() ?? null,
    };
  }
}

export class EventHoursList {
  @ApiProperty({ type: [EventHoursView], description: 'In the order they were recorded' })
  items: EventHoursView[];
}
