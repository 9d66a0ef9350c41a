import { applyScope, type RecordScope } from '@linkage/auth';
import { paginate, type Page, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { ListEventRegistrationsQuery } from './event-registration.dto';
import type { EventFilter } from './event-filter';
import { EventRegistration } from './event-registration.entity';
import { EventTransition } from './event-transition.entity';

/** An event is scoped by the organisation that registered it. */
const COLUMNS = { owner: 'e.organisation_id' };

@Injectable()
export class EventRegistrationRepository {
  constructor(
    @InjectRepository(EventRegistration) private readonly repo: Repository<EventRegistration>,
    @InjectRepository(EventTransition) private readonly transitions: Repository<EventTransition>,
  ) {}

  async insert(tx: Tx, event: EventRegistration): Promise<EventRegistration> {
    await tx.getRepository(EventRegistration).insert(event);
    return tx.getRepository(EventRegistration).findOneByOrFail({ id: event.id });
  }

  /**
   * The event in the caller's scope, locked for the rest of the transaction: two transitions of one
   * event queue here, and the second sees the first's status (READ COMMITTED), so only one can succeed.
   */
  lock(tx: Tx, scope: RecordScope, id: string): Promise<EventRegistration | null> {
    return applyScope(tx.getRepository(EventRegistration).createQueryBuilder('e'), scope, COLUMNS)
      .andWhere('e.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Writes the event's changed state (the caller holds its lock). */
  async save(tx: Tx, event: EventRegistration): Promise<EventRegistration> {
    const { id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = event;
    await tx.getRepository(EventRegistration).update({ id }, fields);
    return tx.getRepository(EventRegistration).findOneByOrFail({ id });
  }

  async addTransition(tx: Tx, transition: EventTransition): Promise<void> {
    await tx.getRepository(EventTransition).insert(transition);
  }

  findById(scope: RecordScope, id: string): Promise<EventRegistration | null> {
    return applyScope(this.repo.createQueryBuilder('e'), scope, COLUMNS)
      .andWhere('e.id = :id', { id })
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.repo.existsBy({ id });
  }

  list(scope: RecordScope, query: ListEventRegistrationsQuery): Promise<Page<EventRegistration>> {
    return paginate(this.filtered(scope, query), query);
  }

  /** For exports: every event in the scope and the filters, soonest first (bounded). */
  listAll(scope: RecordScope, filter: EventFilter, limit: number): Promise<EventRegistration[]> {
    return this.filtered(scope, filter)
      .orderBy('e.first_starts_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  private filtered(scope: RecordScope, filter: EventFilter): SelectQueryBuilder<EventRegistration> {
    const qb = applyScope(this.repo.createQueryBuilder('e'), scope, COLUMNS);
    if (filter.status) qb.andWhere('e.status = :status', { status: filter.status });
    if (filter.organisationId) qb.andWhere('e.organisation_id = :org', { org: filter.organisationId });
    if (filter.projectId) qb.andWhere('e.project_id = :project', { project: filter.projectId });
    if (filter.from) qb.andWhere('e.last_ends_at > :from', { from: new Date(filter.from) });
    if (filter.to) qb.andWhere('e.first_starts_at < :to', { to: new Date(filter.to) });
    return qb;
  }

  /** Oldest first: the conversation reads top to bottom. */
  history(eventId: string): Promise<EventTransition[]> {
    return this.transitions.find({ where: { eventId }, order: { id: 'ASC' } });
  }

  /** For the event consumers: the organisation of an event, or null when the event is not one of ours. */
  async ownerOf(tx: Tx, eventId: string): Promise<string | null> {
    const rows: { organisation_id: string }[] = await tx.query(
      'SELECT organisation_id FROM partner_events WHERE id = ?',
      [eventId],
    );
    return rows[0]?.organisation_id ?? null;
  }
}
