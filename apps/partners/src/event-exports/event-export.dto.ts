import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ListEventRegistrationsQuery } from '../event-registrations/event-registration.dto';

const FORMATS = ['csv', 'xlsx'] as const;

export class EventExportQuery extends OmitType(ListEventRegistrationsQuery, ['limit', 'cursor'] as const) {
  @ApiProperty({ enum: FORMATS, enumName: 'EventExportFormat', example: 'xlsx' })
  @IsIn(FORMATS)
  format: 'csv' | 'xlsx';
}
