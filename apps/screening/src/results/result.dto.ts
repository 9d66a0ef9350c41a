import { ApiNextCursor, PageQuery } from '@linkage/database';
import { MaxChars } from '@linkage/errors';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { INSTRUMENT_CODES, type InstrumentCode, type Answers } from '@linkage/screening-rules';
import { AccessReasonQuery } from '../residents/access-reason';

const AD8_ANSWERS = {
  judgment: 'yes',
  interest: 'no',
  repeats: 'yes',
  learning_tools: 'no',
  month_year: 'yes',
  finances: 'no',
  appointments: 'unknown',
  daily_thinking: 'no',
};
const AD8_SCORES = {
  judgment: 1,
  interest: 0,
  repeats: 1,
  learning_tools: 0,
  month_year: 1,
  finances: 0,
  appointments: 0,
  daily_thinking: 0,
};
const CLIENT_ID = '0193c4d5-3333-7c3d-8e4f-5a6b7c8d9e0f';

export class RecordResultDto {
  @ApiProperty({
    example: 'AD8@1',
    maxLength: 40,
    description: 'An instrument version the resident’s campaign uses (GET /api/campaigns/{id}: instruments)',
  })
  @IsString()
  @MaxChars(40)
  version: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'integer' }, { type: 'string' }] },
    example: AD8_ANSWERS,
    description: 'Item key → points (a whole number) or the option chosen (AD8: yes, no, unknown)',
  })
  @IsObject()
  answers: Answers;

  @ApiPropertyOptional({ example: 3, description: 'The total written on the form: it must match the items' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  statedTotal?: number;

  @ApiPropertyOptional({ format: 'uuid', example: '0193c4d5-4444-7c3d-8e4f-5a6b7c8d9e0f' })
  @IsOptional()
  @IsUUID('all')
  sessionId?: string;

  @ApiProperty({
    format: 'uuid',
    example: CLIENT_ID,
    description: 'Made on the device: sending the same result again (an offline retry) returns it, 200',
  })
  @IsUUID('all')
  clientId: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-10-09T01:40:00.000Z',
    description: 'When it was administered (entered later from a device offline); unset: now',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  administeredAt?: string;
}

export class ListResultsQuery extends IntersectionType(PageQuery, AccessReasonQuery) {}

export class ResultView {
  @ApiProperty({ format: 'uuid', example: '0193c4d5-5555-7c3d-8e4f-5a6b7c8d9e0f' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0193c4d5-1a2b-7c3d-8e4f-5a6b7c8d9e0f' }) residentId: string;
  @ApiProperty({ format: 'uuid', example: CLIENT_ID }) clientId: string;
  @ApiProperty({ example: 1, minimum: 1, maximum: 2 }) stage: number;
  @ApiProperty({ enum: INSTRUMENT_CODES, enumName: 'InstrumentCode', example: 'AD8' })
  instrument: InstrumentCode;
  @ApiProperty({ example: 'AD8@1' }) version: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null }) sessionId: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'integer' }, { type: 'string' }] },
    example: AD8_ANSWERS,
  })
  answers: Answers;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: AD8_SCORES })
  itemScores: Record<string, number>;
  @ApiProperty({ example: 3, description: 'The sum of the items' }) rawTotal: number;
  @ApiProperty({ example: 3, description: 'After the education adjustment (MoCA), else the raw total' })
  total: number;
  @ApiProperty({ example: false }) educationAdjusted: boolean;
  @ApiProperty({ enum: ['positive', 'negative'], enumName: 'ScreeningClassification', example: 'positive' })
  classification: 'positive' | 'negative';
  @ApiProperty({ type: String, nullable: true, example: null, description: 'MMSE severity band' })
  band: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-10-09T01:40:00.000Z' }) administeredAt: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-1111-7a7b-8c8d-0e1f2a3b4c5d' }) recordedBy: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-09T01:41:00.000Z' }) recordedAt: string;
}

export class ResultPage {
  @ApiProperty({ type: [ResultView] }) items: ResultView[];
  @ApiNextCursor() nextCursor: string | null;
}
