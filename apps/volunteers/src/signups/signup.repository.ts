import { applyScope, type RecordScope } from '@linkage/auth';
import {
  decodeCursor,
  encodeCursor,
  invalidCursor,
  type Page,
  type PageQuery,
  paginate,
  poolQuery,
  type Tx,
} from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource } from 'typeorm';
import type { ShiftData } from '../shifts/shift-data';
import type { ShiftStatus } from '../shifts/shift-status';
import type { TimeSpan } from './overlap.rule';
import type { Assignment, AssignmentRow } from './signup-data';
import { Signup } from './signup.entity';
import type { SignupStatus } from './signup-status';

/** A shift a volunteer holds (confirmed or offered), for the overlap rule and its 409. */
export interface HeldShift extends TimeSpan {
  shiftId: string;
  title: string;
}

/** A held shift with whose it is, when several volunteers' are read at once. */
export interface HeldShiftOf extends HeldShift {
  volunteerId: string;
}

export interface AssignmentFilter {
  when: 'upcoming' | 'past';
  status?: SignupStatus;
  now: Date;
}

/**
 * The shifts table, joined by name: a sign-up's queries need its shift's times in the same statement
 * (overlaps, assignments by start, the waitlist sweep), and the shifts feature keeps its entity to itself.
 * TypeORM maps a join by table name to the shift's entity all the same.
 */
const SHIFTS = 'shifts';

/**
 * Sign-ups. Methods that take a transaction run inside the sign-up flows, after the shift's row lock
 * (and, where the volunteer is known up front, the volunteer's) has been taken.
 */
@Injectable()
export class SignupRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  find(shiftId: string, volunteerId: string, tx: Tx = this.db.manager): Promise<Signup | null> {
    return tx.getRepository(Signup).findOneBy({ shiftId, volunteerId });
  }

  /** The sign-ups these volunteers have on the shift, if any (one statement). */
  findOfVolunteers(tx: Tx, shiftId: string, volunteerIds: readonly string[]): Promise<Signup[]> {
    if (volunteerIds.length === 0) return Promise.resolve([]);
    return tx.getRepository(Signup).findBy({ shiftId, volunteerId: In([...volunteerIds]) });
  }

  /** One sign-up of the shift within the scope (owner: its volunteer; team: its shift's team). */
  findById(
    scope: RecordScope,
    shiftId: string,
    id: string,
    tx: Tx = this.db.manager,
  ): Promise<Signup | null> {
    return applyScope(
      tx
        .getRepository(Signup)
        .createQueryBuilder('su')
        .innerJoin(SHIFTS, 'sh', 'sh.id = su.shift_id')
        .where('su.shift_id = :shiftId AND su.id = :id', { shiftId, id }),
      scope,
      { owner: 'su.volunteer_id', team: 'sh.team_id' },
    ).getOne();
  }

  exists(shiftId: string, id: string): Promise<boolean> {
    return this.db.getRepository(Signup).existsBy({ shiftId, id });
  }

  async insert(tx: Tx, signup: Signup): Promise<Signup> {
    const [inserted] = await this.insertAll(tx, [signup]);
    return inserted;
  }

  /** Inserts new sign-ups in one statement and reads them back as stored, in the order given. */
  async insertAll(tx: Tx, signups: readonly Signup[]): Promise<Signup[]> {
    if (signups.length === 0) return [];
    // Written by hand: the query builder spends more on a hundred rows' parameters than the database
    // spends on the statement. created_at and updated_at are the database's; the SELECT reads them.
    const columns: (keyof Signup)[] = [
      'id',
      'shiftId',
      'volunteerId',
      'status',
      'waitlistTicket',
      'offerExpiresAt',
      'assignedBy',
      'overrideReason',
      'decidedBy',
      'confirmedAt',
      'cancelledAt',
      'cancelledBy',
    ];
    await tx.query(
      `INSERT INTO shift_signups (id, shift_id, volunteer_id, status, waitlist_ticket, offer_expires_at,
         assigned_by, override_reason, decided_by, confirmed_at, cancelled_at, cancelled_by)
       VALUES ${signups.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`,
      signups.flatMap((signup) => columns.map((column) => signup[column] ?? null)),
    );
    const stored = new Map(
      (await tx.getRepository(Signup).findBy({ id: In(signups.map((s) => s.id)) })).map((s) => [s.id, s]),
    );
    return signups.map((s) => stored.get(s.id)!);
  }

  async save(tx: Tx, id: string, changes: Partial<Signup>): Promise<Signup> {
    await tx.getRepository(Signup).update({ id }, changes);
    return tx.getRepository(Signup).findOneByOrFail({ id });
  }

  /** How many of the shift's sign-ups are in each status, as this transaction sees them. */
  async countByStatus(tx: Tx, shiftId: string): Promise<Partial<Record<SignupStatus, number>>> {
    const rows: { status: SignupStatus; n: string | number }[] = await tx.query(
      'SELECT status, COUNT(*) AS n FROM shift_signups WHERE shift_id = ? GROUP BY status',
      [shiftId],
    );
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  /**
   * The confirmed or offered shifts (not cancelled) of each of the volunteers that overlap the span, but
   * this one, in one statement.
   */
  async heldOverlapping(
    tx: Tx,
    volunteerIds: readonly string[],
    span: TimeSpan,
    exceptShiftId: string,
  ): Promise<HeldShiftOf[]> {
    if (volunteerIds.length === 0) return [];
    const rows = await tx
      .getRepository(Signup)
      .createQueryBuilder('su')
      .innerJoin(SHIFTS, 'sh', 'sh.id = su.shift_id')
      .select([
        'su.volunteer_id AS volunteerId',
        'sh.id AS shiftId',
        'sh.title AS title',
        'sh.starts_at AS startsAt',
        'sh.ends_at AS endsAt',
      ])
      .where('su.volunteer_id IN (:...volunteerIds)', { volunteerIds: [...new Set(volunteerIds)] })
      .andWhere("su.status IN ('confirmed', 'offered')")
      .andWhere("sh.status <> 'cancelled'")
      .andWhere('sh.id <> :exceptShiftId', { exceptShiftId })
      .andWhere('sh.starts_at < :endsAt AND sh.ends_at > :startsAt', {
        startsAt: span.startsAt,
        endsAt: span.endsAt,
      })
      .orderBy('sh.starts_at')
      .getRawMany<{ volunteerId: string; shiftId: string; title: string; startsAt: Date; endsAt: Date }>();
    return rows.map((r) => ({ ...r, startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) }));
  }

  /** The shift's waitlist in ticket order, leaving out those passed over for the seat being filled. */
  waitlist(tx: Tx, shiftId: string, except: ReadonlySet<string>, limit = 20): Promise<Signup[]> {
    const qb = tx
      .getRepository(Signup)
      .createQueryBuilder('su')
      .where('su.shift_id = :shiftId', { shiftId })
      .andWhere("su.status = 'waitlisted'");
    if (except.size > 0) qb.andWhere('su.id NOT IN (:...except)', { except: [...except] });
    return qb.orderBy('su.waitlist_ticket', 'ASC').limit(limit).getMany();
  }

  expiredOffers(tx: Tx, shiftId: string, now: Date): Promise<Signup[]> {
    return tx
      .getRepository(Signup)
      .createQueryBuilder('su')
      .where('su.shift_id = :shiftId', { shiftId })
      .andWhere("su.status = 'offered'")
      .andWhere('su.offer_expires_at <= :now', { now })
      .getMany();
  }

  /** Whether the shift has an offer past its deadline, and whether anyone is waiting, in one statement. */
  async lineState(tx: Tx, shiftId: string, now: Date): Promise<{ overdueOffer: boolean; waiting: boolean }> {
    const [row] = await tx.query<{ overdueOffer: string | number; waiting: string | number }[]>(
      `SELECT EXISTS (SELECT 1 FROM shift_signups WHERE shift_id = ? AND status = 'offered'
                         AND offer_expires_at <= ?) AS overdueOffer,
              EXISTS (SELECT 1 FROM shift_signups WHERE shift_id = ? AND status = 'waitlisted') AS waiting`,
      [shiftId, now, shiftId],
    );
    return { overdueOffer: Number(row.overdueOffer) === 1, waiting: Number(row.waiting) === 1 };
  }

  /**
   * The current place in line (1 is next) of each waitlisted sign-up among those given; in `tx`, as that
   * transaction sees the line.
   */
  async waitlistPositions(
    signups: readonly Signup[],
    tx: Tx = this.db.manager,
  ): Promise<Map<string, number>> {
    const waiting = signups.filter((s) => s.status === 'waitlisted');
    if (waiting.length === 0) return new Map();
    // Each line numbered once, in ticket order along the (shift_id, status, waitlist_ticket) index,
    // rather than one count per sign-up asked about (a batch asks about a hundred at once).
    const rows = await tx.query<{ id: string; position: string | number }[]>(
      `SELECT id, position FROM (
          SELECT id, ROW_NUMBER() OVER (PARTITION BY shift_id ORDER BY waitlist_ticket) AS position
            FROM shift_signups WHERE shift_id IN (?) AND status = 'waitlisted') line
        WHERE id IN (?)`,
      [[...new Set(waiting.map((s) => s.shiftId))], waiting.map((s) => s.id)],
    );
    return new Map(rows.map((r) => [r.id, Number(r.position)]));
  }

  /** A shift's sign-ups for those who manage it, newest first. */
  roster(shiftId: string, query: PageQuery & { status?: SignupStatus }): Promise<Page<Signup>> {
    const qb = this.db
      .getRepository(Signup)
      .createQueryBuilder('su')
      .where('su.shift_id = :shiftId', { shiftId });
    if (query.status) qb.andWhere('su.status = :status', { status: query.status });
    return paginate(qb, query);
  }

  /**
   * A volunteer's sign-ups with their shifts: upcoming (not yet ended) soonest first, or past latest
   * first, each waitlisted one with its place in line. The volunteer id is part of the signature: nothing
   * here reads another volunteer's. "My assignments" is opened many times a day, so this is one
   * hand-written statement selecting only the view's columns, mapped by hand (no query builder, no
   * entity hydration); a cursor costs one more lookup of the row it names.
   */
  async assignments(
    volunteerId: string,
    query: PageQuery,
    filter: AssignmentFilter,
  ): Promise<Page<AssignmentRow>> {
    const direction = filter.when === 'upcoming' ? 'ASC' : 'DESC';
    const where = ['su.volunteer_id = ?', filter.when === 'upcoming' ? 'sh.ends_at > ?' : 'sh.ends_at <= ?'];
    const params: unknown[] = [volunteerId, filter.now];
    if (filter.status) {
      where.push('su.status = ?');
      params.push(filter.status);
    }
    if (query.cursor) {
      const cursorId = decodeCursor(query.cursor);
      const [row] = await this.db.query<{ startsAt: Date }[]>(
        `SELECT sh.starts_at AS startsAt FROM shift_signups su JOIN shifts sh ON sh.id = su.shift_id
          WHERE su.id = ? AND su.volunteer_id = ?`,
        [cursorId, volunteerId],
      );
      if (!row) throw invalidCursor();
      const cmp = direction === 'ASC' ? '>' : '<';
      where.push(`(sh.starts_at ${cmp} ? OR (sh.starts_at = ? AND su.id ${cmp} ?))`);
      params.push(row.startsAt, row.startsAt, cursorId);
    }
    // "My assignments" is opened many times a day: its one statement skips TypeORM's query runner.
    const rows = await poolQuery<RawAssignment[]>(
      this.db,
      `SELECT su.id, su.status, su.offer_expires_at AS offerExpiresAt,
              CASE WHEN su.status = 'waitlisted' THEN (SELECT COUNT(*) FROM shift_signups w
                    WHERE w.shift_id = su.shift_id AND w.status = 'waitlisted'
                      AND w.waitlist_ticket <= su.waitlist_ticket) END AS waitlistPosition,
              sh.id AS shiftId, sh.title, sh.venue, sh.address, sh.latitude, sh.longitude,
              sh.starts_at AS startsAt, sh.ends_at AS endsAt, sh.status AS shiftStatus,
              sh.cancel_reason AS cancelReason, sh.team_id AS teamId
         FROM shift_signups su JOIN shifts sh ON sh.id = su.shift_id
        WHERE ${where.join(' AND ')}
        ORDER BY sh.starts_at ${direction}, su.id ${direction}
        LIMIT ?`,
      [...params, query.limit + 1],
    );
    const items = rows.slice(0, query.limit).map(assignmentOf);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
  }

  /** Confirmed sign-ups on shifts that are not cancelled and ended no earlier than `since`, for a feed. */
  async confirmedSince(volunteerId: string, since: Date): Promise<Assignment[]> {
    const rows = await this.db
      .getRepository(Signup)
      .createQueryBuilder('su')
      .innerJoinAndMapOne('su.shift', SHIFTS, 'sh', 'sh.id = su.shift_id')
      .where('su.volunteer_id = :volunteerId', { volunteerId })
      .andWhere("su.status = 'confirmed'")
      .andWhere("sh.status <> 'cancelled'")
      .andWhere('sh.ends_at >= :since', { since })
      .orderBy('sh.starts_at', 'ASC')
      .limit(500)
      .getMany();
    return rows.map(withShift);
  }

  /** Shifts with work for the waitlist job: an offer past its deadline, or a free seat and someone waiting. */
  async needingWaitlistUpkeep(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .getRepository(SHIFTS)
      .createQueryBuilder('s')
      .select('s.id', 'id')
      .where('s.ends_at > :now', { now })
      .andWhere(
        new Brackets((w) =>
          w
            .where(
              // A closed shift's offers still run out (its seats are not handed on until it reopens).
              `s.status IN ('open', 'full', 'closed') AND EXISTS (SELECT 1 FROM shift_signups o
                 WHERE o.shift_id = s.id AND o.status = 'offered' AND o.offer_expires_at <= :now)`,
            )
            .orWhere(
              `s.status IN ('open', 'full') AND s.seats_taken < s.capacity AND EXISTS (
                 SELECT 1 FROM shift_signups w WHERE w.shift_id = s.id AND w.status = 'waitlisted')`,
            ),
        ),
      )
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }
}

function withShift(row: Signup): Assignment {
  const { shift, ...signup } = row as Signup & { shift: ShiftData };
  return { signup, shift };
}

interface RawAssignment {
  id: string;
  status: SignupStatus;
  offerExpiresAt: Date | null;
  waitlistPosition: string | number | null;
  shiftId: string;
  title: string;
  venue: string;
  address: string | null;
  latitude: string | null;
  longitude: string | null;
  startsAt: Date;
  endsAt: Date;
  shiftStatus: ShiftStatus;
  cancelReason: string | null;
  teamId: string | null;
}

function assignmentOf(r: RawAssignment): AssignmentRow {
  return {
    id: r.id,
    status: r.status,
    waitlistPosition: r.waitlistPosition === null ? null : Number(r.waitlistPosition),
    offerExpiresAt: r.offerExpiresAt,
    shift: {
      id: r.shiftId,
      title: r.title,
      venue: r.venue,
      address: r.address,
      latitude: r.latitude === null ? null : Number(r.latitude),
      longitude: r.longitude === null ? null : Number(r.longitude),
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      status: r.shiftStatus,
      cancelReason: r.cancelReason,
      teamId: r.teamId,
    },
  };
}
