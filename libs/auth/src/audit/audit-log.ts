import { newId, paginate, PageQuery, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { RequestContext, type RequestContextData } from '../request-context';
import { AuditEvent, type AuditOutcome } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  recordType: string;
  recordId?: string | null;
  outcome: AuditOutcome;
  details?: Record<string, unknown>;
  /** Who acted, when it is not the signed-in caller (a login attempt names the account it tried). */
  actorId?: string | null;
  /**
   * The request the entry belongs to, when it is written outside that request's own context (a batch
   * writing the entries of several requests at once); by default the current request's.
   */
  context?: RequestContextData;
}

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') actorId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) recordType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) recordId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) action?: string;
  @ApiPropertyOptional({ enum: ['allowed', 'denied'], enumName: 'AuditOutcome' })
  @IsOptional()
  @IsIn(['allowed', 'denied'])
  outcome?: AuditOutcome;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

/**
 * Appends to this service's audit trail: who (from the request), what, the outcome, from where. Pass the
 * transaction's manager to write the entry in the same transaction as the change it records.
 */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.db.manager): Promise<void> {
    await this.recordAll([entry], manager);
  }

  /** Appends several entries in one statement (each with its own request's who and where). */
  async recordAll(entries: readonly AuditEntry[], manager: EntityManager = this.db.manager): Promise<void> {
    if (entries.length === 0) return;
    const current = RequestContext.current();
    const occurredAt = new Date();
    const events = entries.map((entry): AuditEvent => {
      const context = entry.context ?? current;
      const principal = context?.principal ?? null;
      return {
        id: newId(),
        occurredAt,
        actorId: entry.actorId !== undefined ? entry.actorId : (principal?.accountId ?? null),
        actorRoles: principal?.roles.join(',') ?? '',
        action: entry.action,
        recordType: entry.recordType,
        recordId: entry.recordId ?? null,
        outcome: entry.outcome,
        ip: context?.ip ?? null,
        requestId: context?.requestId ?? null,
        details: entry.details ?? null,
      };
    });
    // Written by hand: the query builder spends more on a batch's parameters than the database does.
    await manager.query(
      `INSERT INTO audit_events (id, occurred_at, actor_id, actor_roles, action, record_type, record_id,
         outcome, ip, request_id, details)
       VALUES ${events.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      events.flatMap((e) => [
        e.id,
        e.occurredAt,
        e.actorId,
        e.actorRoles,
        e.action,
        e.recordType,
        e.recordId,
        e.outcome,
        e.ip,
        e.requestId,
        e.details === null ? null : JSON.stringify(e.details),
      ]),
    );
  }

  query(query: AuditQuery): Promise<Page<AuditEvent>> {
    const qb = this.db.getRepository(AuditEvent).createQueryBuilder('a');
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.recordType) qb.andWhere('a.record_type = :recordType', { recordType: query.recordType });
    if (query.recordId) qb.andWhere('a.record_id = :recordId', { recordId: query.recordId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.outcome) qb.andWhere('a.outcome = :outcome', { outcome: query.outcome });
    if (query.from) qb.andWhere('a.occurred_at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('a.occurred_at < :to', { to: new Date(query.to) });
    return paginate(qb, query);
  }
}
