import { PageQuery } from '@linkage/database';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { DeadLetterStatus } from './dead-letter.repository';

export const DEAD_LETTER_STATUSES = [
  'parked',
  'replayed',
  'discarded',
] as const satisfies readonly DeadLetterStatus[];

/** A page of dead letters, optionally of one status: each service's list and the gateway's merged one. */
export class DeadLetterQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DEAD_LETTER_STATUSES, enumName: 'DeadLetterStatus' })
  @IsOptional()
  @IsIn(DEAD_LETTER_STATUSES)
  status?: DeadLetterStatus;
}
