import { ApiNextCursor } from '@linkage/database';
import { BACKEND_SERVICES, type BackendServiceName } from '@linkage/config';
import { ApiProperty } from '@nestjs/swagger';

/** One audit event as a service recorded it, with the service it came from. */
export class AuditEntryView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-e1f2-7a3b-8c4d-5e6f7a8b9c0d' }) id: string;
  @ApiProperty({ enum: BACKEND_SERVICES, enumName: 'ServiceName', example: 'identity' })
  service: BackendServiceName;
  @ApiProperty({ format: 'date-time', example: '2026-10-08T08:30:12.000Z' }) occurredAt: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The account that acted; null for anonymous attempts',
    example: '0192b7e2-3c4d-7a1b-8c2d-1e2f3a4b5c6d',
  })
  actorId: string | null;
  @ApiProperty({ description: 'Its roles then, comma-separated', example: 'admin' }) actorRoles: string;
  @ApiProperty({ example: 'account.roles_changed' }) action: string;
  @ApiProperty({ example: 'account' }) recordType: string;
  @ApiProperty({ type: String, nullable: true, example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' })
  recordId: string | null;
  @ApiProperty({ enum: ['allowed', 'denied'], enumName: 'AuditOutcome', example: 'allowed' })
  outcome: 'allowed' | 'denied';
  @ApiProperty({ type: String, nullable: true, example: '10.20.3.17' }) ip: string | null;
  @ApiProperty({ type: String, nullable: true, example: '5b0f9c2e-8d1a-4e7b-9c3d-2a1b0c9d8e7f' })
  requestId: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'What the action recorded; its fields depend on the action',
    example: {
      before: {
        roles: ['volunteer'],
        organisationId: null,
        volunteerId: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e',
      },
      after: {
        roles: ['partner'],
        organisationId: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c',
        volunteerId: null,
      },
    },
  })
  details: Record<string, unknown> | null;
}

export class AuditPage {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
  @ApiNextCursor() nextCursor: string | null;
  @ApiProperty({
    enum: BACKEND_SERVICES,
    enumName: 'ServiceName',
    isArray: true,
    description: 'Services whose trail could not be read just now (left out of this page)',
    example: [],
  })
  unavailable: BackendServiceName[];
}
