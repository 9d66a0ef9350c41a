import { IsNotBefore } from '@linkage/errors';
import { ApiNextCursor } from '@linkage/database';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import type { HandoverBatch } from './handover-batch.entity';

const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class CreateHandoverDto {
  @ApiProperty({
    format: 'date',
    example: '2026-10-01',
    description: 'First service date (local), inclusive',
  })
  @Matches(LOCAL_DATE, { message: 'from must be a date, YYYY-MM-DD' })
  from: string;

  @ApiProperty({ format: 'date', example: '2026-10-31', description: 'Last service date (local), inclusive' })
  @Matches(LOCAL_DATE, { message: 'to must be a date, YYYY-MM-DD' })
  @IsNotBefore('from')
  to: string;
}

export class HandoverFileQuery {
  @ApiProperty({ enum: ['csv', 'xlsx'], enumName: 'HandoverFileFormat' })
  @IsIn(['csv', 'xlsx'])
  format: 'csv' | 'xlsx';
}

export class HandoverBatchView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-77aa-7c3d-8e4f-6a7b8c9d0e1f' }) id: string;
  @ApiProperty({ example: 'HO-2026-0001' }) number: string;
  @ApiProperty({ format: 'date', example: '2026-10-01' }) periodFrom: string;
  @ApiProperty({ format: 'date', example: '2026-10-31' }) periodTo: string;
  @ApiProperty({ example: 42 }) recordCount: number;
  @ApiProperty({ example: '126.50' }) totalHours: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-1111-7c3d-8e4f-6a7b8c9d0e1f' }) createdBy: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-02T02:00:00.000Z' }) createdAt: string;

  static of(b: HandoverBatch): HandoverBatchView {
    return {
      id: b.id,
      number: b.number,
      periodFrom: b.periodFrom,
      periodTo: b.periodTo,
      recordCount: b.recordCount,
      totalHours: b.totalHours,
      createdBy: b.createdBy,
      createdAt: b.createdAt.toISOString(),
    };
  }
}

export class HandoverBatchPage {
  @ApiProperty({ type: [HandoverBatchView] }) items: HandoverBatchView[];
  @ApiNextCursor() nextCursor: string | null;
}

export class HandoverSummaryView {
  @ApiProperty({ example: 12, description: 'Verified records of the period not handed over yet' })
  pending: number;
  @ApiProperty({ example: 42, description: 'Verified records of the period in earlier batches' })
  handedOver: number;
}
