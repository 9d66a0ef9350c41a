import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';

export class SetTestClockDto {
  @ApiProperty({ format: 'date-time', example: '2026-12-03T20:00:00+08:00' })
  @IsISO8601({ strict: true })
  now: string;
}

export class TestClockView {
  @ApiProperty({ format: 'date-time', example: '2026-12-03T12:00:00.000Z' }) now: string;

  static of(now: Date): TestClockView {
    return { now: now.toISOString() };
  }
}

export class NudgeSweepView {
  @ApiProperty({ type: 'integer', example: 1, description: 'Nudges this sweep wrote' }) nudged: number;
}
