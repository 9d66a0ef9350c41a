import { applyScope, type RecordScope } from '@linkage/auth';
import { type Page, paginate, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ListShiftsQuery } from './shift.dto';
import { Shift } from './shift.entity';
import { MAX_SHIFT_HOURS } from './shift-schedule.rule';
import { statusForSeats } from './shift-status';

export interface ShiftListOptions {
  now: Date;
  /** Only shifts this volunteer may take: upcoming, taking sign-ups, their skills and certifications. */
  fitsVolunteerId?: string;
}

/** A shift is scoped by its team (NULL: open to everyone). */
const COLUMNS = { team: 's.team_id' };

/**
 * Shifts. Reads take the caller's team scope. The seat methods take a transaction and expect the shift
 * row to be locked in it (`lock`), which serialises everything that changes one shift's seats.
 */
@Injectable()
export class ShiftRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(Shift);
  }

  /** Inserts a shift, in the caller's transaction when one is given (a shift made by an event's handler). */
  async insert(shift: Shift, tx: Tx = this.db.manager): Promise<Shift> {
    await tx.getRepository(Shift).insert(shift);
    return tx.getRepository(Shift).findOneByOrFail({ id: shift.id });
  }

  /**
   * Locks every shift made from one source (a partner event's), in id order so two handlers of the same
   * source lock alike; the (source_type, source_id, source_ref) key serves the lookup.
   */
  lockBySource(tx: Tx, sourceType: string, sourceId: string): Promise<Shift[]> {
    return tx
      .getRepository(Shift)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.source_type = :sourceType AND s.source_id = :sourceId', { sourceType, sourceId })
      .orderBy('s.id')
      .getMany();
  }

  findById(scope: RecordScope, id: string): Promise<Shift | null> {
    return applyScope(this.repo.createQueryBuilder('s'), scope, COLUMNS)
      .andWhere('s.id = :id', { id })
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.repo.existsBy({ id });
  }

  /**
   * Upcoming (not yet ended) soonest first by default; past ones latest first; all soonest first. The
   * status filter matches the status as shown (shift-status.ts: shownStatus), so a shift that has ended
   * counts as completed.
   */
  list(scope: RecordScope, query: ListShiftsQuery, options: ShiftListOptions): Promise<Page<Shift>> {
    const qb = applyScope(this.repo.createQueryBuilder('s'), scope, COLUMNS);
    const when = query.when ?? 'upcoming';
    const now = options.now;
    qb.setParameter('now', now);
    if (when === 'upcoming') {
      // No shift lasts longer than MAX_SHIFT_HOURS, so one not yet ended started after now minus that:
      // the bound lets the starts_at index narrow the scan to the last day and everything after.
      qb.andWhere('s.ends_at > :now AND s.starts_at > :earliestStart', {
        earliestStart: new Date(now.getTime() - MAX_SHIFT_HOURS * 3_600_000),
      });
    } else if (when === 'past') {
      qb.andWhere('s.ends_at <= :now AND s.starts_at < :now');
    }
    if (query.status === 'completed') {
      qb.andWhere(
        "(s.status = 'completed' OR (s.status IN ('open', 'full', 'closed') AND s.ends_at <= :now))",
      );
    } else if (query.status === 'cancelled') {
      qb.andWhere("s.status = 'cancelled'");
    } else if (query.status) {
      qb.andWhere('s.status = :status AND s.ends_at > :now', { status: query.status });
    }
    if (query.from) qb.andWhere('s.starts_at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('s.starts_at < :to', { to: new Date(query.to) });
    if (query.teamId) qb.andWhere('s.team_id = :teamId', { teamId: query.teamId });
    if (query.sourceType) qb.andWhere('s.source_type = :sourceType', { sourceType: query.sourceType });
    if (query.sourceId) qb.andWhere('s.source_id = :sourceId', { sourceId: query.sourceId });
    if (options.fitsVolunteerId) {
      // Every required skill is among the volunteer's (JSON_CONTAINS of an array means all of it), and
      // every required certification among those valid on all the shift's dates. JSON_ARRAYAGG of no
      // rows is NULL, hence the COALESCE: a shift that needs nothing fits everyone.
      qb.andWhere("s.status IN ('open', 'full')")
        .andWhere('s.starts_at > :now')
        .andWhere('(s.closes_at IS NULL OR s.closes_at > :now)')
        .andWhere(
          'JSON_CONTAINS((SELECT fv.skills FROM volunteers fv WHERE fv.id = :fitsId), s.required_skills)',
        )
        .andWhere(
          `JSON_CONTAINS(COALESCE((SELECT JSON_ARRAYAGG(fc.name) FROM volunteer_certifications fc
             WHERE fc.volunteer_id = :fitsId AND fc.issued_on <= s.starts_on
               AND (fc.expires_on IS NULL OR fc.expires_on >= s.ends_on)), JSON_ARRAY()), s.required_certifications)`,
        )
        .setParameter('fitsId', options.fitsVolunteerId);
    }
    return paginate(qb, query, {
      by: ['s.starts_at'],
      id: 's.id',
      direction: when === 'past' ? 'DESC' : 'ASC',
      keysOf: async (id) => {
        const shift = await this.repo.findOne({ select: { startsAt: true }, where: { id } });
        return shift ? [shift.startsAt] : null;
      },
    });
  }

  /** Locks the shift's row for the rest of the transaction, if it is within the scope. */
  lock(tx: Tx, scope: RecordScope, id: string): Promise<Shift | null> {
    return applyScope(tx.getRepository(Shift).createQueryBuilder('s'), scope, COLUMNS)
      .setLock('pessimistic_write')
      .andWhere('s.id = :id', { id })
      .getOne();
  }

  /** The shift as it stands inside the transaction (locked by the caller). */
  current(tx: Tx, id: string): Promise<Shift> {
    return tx.getRepository(Shift).findOneByOrFail({ id });
  }

  async save(tx: Tx, id: string, changes: Partial<Shift>): Promise<Shift> {
    if (Object.keys(changes).length > 0) await tx.getRepository(Shift).update({ id }, changes);
    return tx.getRepository(Shift).findOneByOrFail({ id });
  }

  /**
   * Takes one seat if one is free: the condition is in the UPDATE itself, so the database, not a value
   * read earlier, decides. False when the shift is full.
   */
  async takeSeat(tx: Tx, id: string): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(Shift)
      .set({ seatsTaken: () => 'seats_taken + 1' })
      .where('id = :id AND seats_taken < capacity', { id })
      .execute();
    return result.affected === 1;
  }

  async releaseSeat(tx: Tx, id: string): Promise<void> {
    await tx
      .createQueryBuilder()
      .update(Shift)
      .set({ seatsTaken: () => 'seats_taken - 1' })
      .where('id = :id AND seats_taken > 0', { id })
      .execute();
  }

  /**
   * Places for `count` sign-ups at once: seats while any are free, then the next waitlist tickets, with
   * open/full set from the seats, in one conditional UPDATE under the row lock (the caller holds it).
   * `shift` is the row as it stands under that lock; the UPDATE's condition has the database confirm
   * its seats (it changes nothing if they moved, and this throws), so no seat is given twice, and the
   * CHECK on the table holds the capacity besides. The last ticket comes back through
   * LAST_INSERT_ID(expr), which the UPDATE's answer carries, so it needs no read of its own.
   */
  async takeSeatsOrTickets(
    tx: Tx,
    shift: Pick<Shift, 'id' | 'seatsTaken' | 'capacity'>,
    count: number,
  ): Promise<{ seats: number; tickets: number[] }> {
    const seats = Math.min(count, Math.max(0, shift.capacity - shift.seatsTaken));
    const ticketCount = count - seats;
    // status first: it then reads the old seats_taken whether MySQL assigns left to right or at once.
    const taken: { affectedRows: number; insertId: number | string } = await tx.query(
      `UPDATE shifts
          SET status = IF(status IN ('open', 'full'), IF(seats_taken + ? >= capacity, 'full', 'open'), status),
              seats_taken = seats_taken + ?,
              waitlist_counter = LAST_INSERT_ID(waitlist_counter + ?)
        WHERE id = ? AND seats_taken = ? AND seats_taken + ? <= capacity`,
      [seats, seats, ticketCount, shift.id, shift.seatsTaken, seats],
    );
    if (taken.affectedRows !== 1) {
      throw new Error(`The seats of shift ${shift.id} moved under its row lock; nothing was taken.`);
    }
    const last = Number(taken.insertId);
    return { seats, tickets: Array.from({ length: ticketCount }, (_, i) => last - ticketCount + 1 + i) };
  }

  /** Sets open/full from the seats after they changed; other statuses stay. Returns the fresh row. */
  async refreshStatus(tx: Tx, id: string): Promise<Shift> {
    const shift = await tx.getRepository(Shift).findOneByOrFail({ id });
    const status = statusForSeats(shift.status, shift.seatsTaken, shift.capacity);
    if (status === shift.status) return shift;
    await tx.getRepository(Shift).update({ id }, { status });
    return { ...shift, status };
  }
}
