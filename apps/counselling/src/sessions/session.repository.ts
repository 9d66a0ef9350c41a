import { applyScope, type RecordScope, type ScopeColumns } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Attendance } from './attendance.entity';
import { ProgrammeSession } from './programme-session.entity';

/** Attendance is scoped by its programme (team) and its member's account (owner). */
const ATTENDANCE: ScopeColumns = { team: 'a.programme_id', owner: 'a.account_id' };

@Injectable()
export class SessionRepository {
  constructor(
    @InjectRepository(ProgrammeSession) private readonly sessions: Repository<ProgrammeSession>,
    @InjectRepository(Attendance) private readonly attendance: Repository<Attendance>,
  ) {}

  async insertMany(tx: Tx, sessions: ProgrammeSession[]): Promise<void> {
    await tx.getRepository(ProgrammeSession).insert(sessions);
  }

  /** The programme's sessions in time order (the caller has been allowed the programme). */
  ofProgramme(programmeId: string): Promise<ProgrammeSession[]> {
    return this.sessions.find({ where: { programmeId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  find(programmeId: string, id: string, tx?: Tx): Promise<ProgrammeSession | null> {
    const qb = (tx?.getRepository(ProgrammeSession) ?? this.sessions)
      .createQueryBuilder('s')
      .where('s.programme_id = :programmeId AND s.id = :id', { programmeId, id });
    if (tx) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async complete(tx: Tx, session: ProgrammeSession, at: Date): Promise<ProgrammeSession> {
    await tx
      .getRepository(ProgrammeSession)
      .update({ id: session.id }, { status: 'completed', completedAt: at, version: session.version + 1 });
    return tx.getRepository(ProgrammeSession).findOneByOrFail({ id: session.id });
  }

  /** Writes (or rewrites) the register for these members in one statement. */
  async upsertAttendance(tx: Tx, rows: Attendance[]): Promise<void> {
    await tx
      .getRepository(Attendance)
      .createQueryBuilder()
      .insert()
      .values(rows)
      .orUpdate(['status', 'absence_reason', 'recorded_by', 'recorded_at'], ['session_id', 'enrolment_id'])
      .execute();
  }

  /** The register of one session, as far as the scope lets the caller see (a member: their own line). */
  attendanceOf(scope: RecordScope, sessionId: string): Promise<Attendance[]> {
    return applyScope(this.attendance.createQueryBuilder('a'), scope, ATTENDANCE)
      .andWhere('a.session_id = :sessionId', { sessionId })
      .getMany();
  }

  /** Every register line of a programme, in session time order, for the misses-in-a-row flags. */
  programmeRegister(programmeId: string): Promise<Attendance[]> {
    return this.attendance
      .createQueryBuilder('a')
      .innerJoin(ProgrammeSession, 's', 's.id = a.session_id')
      .where('a.programme_id = :programmeId', { programmeId })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
  }
}
