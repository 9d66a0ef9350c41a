import { BACKEND_SERVICES, type BackendServiceName } from '@linkage/config';
import { ApiNextCursor } from '@linkage/database';
import { DEAD_LETTER_STATUSES, type DeadLetterStatus } from '@linkage/messaging';
import { ApiProperty } from '@nestjs/swagger';

const EXAMPLE_ID = '0193a1b2-7c4d-7e5f-8a6b-1c2d3e4f5a6b';
const EXAMPLE_EVENT_ID = '0193a1b2-6b3c-7d4e-9f5a-6b7c8d9e0f1a';

/** An event a service's consumer gave up on, as that service keeps it. */
export class DeadLetterView {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_ID }) id: string;
  @ApiProperty({
    enum: BACKEND_SERVICES,
    enumName: 'ServiceName',
    description: 'The service that holds it (whose consumer gave up)',
    example: 'volunteers',
  })
  service: BackendServiceName;
  @ApiProperty({ description: 'The consumer that gave up: the service name', example: 'volunteers' })
  consumer: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The event id; null when the message was not readable as an event at all',
    example: EXAMPLE_EVENT_ID,
  })
  eventId: string | null;
  @ApiProperty({
    description: 'The event subject (see docs/events.md)',
    example: 'partners.organisation.changed.v1',
  })
  subject: string;
  @ApiProperty({
    description: 'The event as it arrived: its envelope when it was JSON, else the raw text',
    oneOf: [{ type: 'object', additionalProperties: true }, { type: 'string' }],
    example: {
      id: EXAMPLE_EVENT_ID,
      subject: 'partners.organisation.changed.v1',
      occurredAt: '2026-10-08T08:30:12.000Z',
      producer: 'partners',
      correlationId: '5b0f9c2e-8d1a-4e7b-9c3d-2a1b0c9d8e7f',
      causationId: null,
      payload: { organisationId: 'not-a-uuid', name: '' },
    },
  })
  event: unknown;
  @ApiProperty({
    description: 'Why it was parked: the last error',
    example:
      'InvalidEventError: Invalid partners.organisation.changed.v1 payload: organisationId: organisationId must be a UUID',
  })
  error: string;
  @ApiProperty({ type: 'integer', description: 'Deliveries attempted before it was parked', example: 1 })
  deliveries: number;
  @ApiProperty({ enum: DEAD_LETTER_STATUSES, enumName: 'DeadLetterStatus', example: 'parked' })
  status: DeadLetterStatus;
  @ApiProperty({ format: 'date-time', example: '2026-10-08T08:30:12.345Z' }) parkedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null }) resolvedAt:
    string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The admin who replayed or discarded it',
    example: null,
  })
  resolvedBy: string | null;
}

export class DeadLetterPage {
  @ApiProperty({ type: [DeadLetterView] }) items: DeadLetterView[];
  @ApiNextCursor() nextCursor: string | null;
  @ApiProperty({
    enum: BACKEND_SERVICES,
    enumName: 'ServiceName',
    isArray: true,
    description: 'Services whose dead letters could not be read just now (left out of this page)',
    example: [],
  })
  unavailable: BackendServiceName[];
}
