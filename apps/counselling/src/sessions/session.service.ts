import { AuditLog, type Principal } from '@linkage/auth';
import { EventSubject } from '@linkage/contracts';
import { newId, Transactions } from '@linkage/database';
import { Outbox } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { CounsellingAccess } from '../access/counselling.access';
import { Memberships } from '../enrolments/memberships';
import { ProgrammeDirectory } from '../programmes/programme-directory';
import { Attendance } from './attendance.entity';
import { missedInARow, MISSES_FLAGGED } from './missed-in-a-row';
import { ProgrammeSession } from './programme-session.entity';
import type { AttendanceFlagView, RecordSessionAttendanceDto, SessionDto } from './session.dto';
import { SessionError } from './session.error';
import { SessionRepository } from './session.repository';

const notFound = (id: string): SessionError =>
  new SessionError('SESSION_NOT_FOUND', `No session with id ${id} in this programme.`);

@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly programmes: ProgrammeDirectory,
    private readonly memberships: Memberships,
    private readonly access: CounsellingAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly outbox: Outbox,
  ) {}

  /** Schedules one session or the programme's whole schedule in one request. */
  async schedule(
    principal: Principal,
    programmeId: string,
    given: readonly SessionDto[],
  ): Promise<ProgrammeSession[]> {
    await this.programmes.find(principal, 'programme.manage', programmeId);
    const sessions = given.map((s) =>
      Object.assign(new ProgrammeSession(), {
        id: newId(),
        programmeId,
        startsAt: new Date(s.startsAt),
        endsAt: new Date(s.endsAt),
        place: s.place,
        topic: s.topic,
        status: 'scheduled',
        completedAt: null,
        version: 1,
      }),
    );
    await this.transactions.run(async (tx) => {
      await this.sessions.insertMany(tx, sessions);
      await this.audit.record(
        {
          action: 'session.scheduled',
          recordType: 'programme',
          recordId: programmeId,
          outcome: 'allowed',
          details: { sessions: sessions.map((s) => s.id) },
        },
        tx,
      );
    });
    return (await this.sessions.ofProgramme(programmeId)).filter((s) => sessions.some((n) => n.id === s.id));
  }

  async list(principal: Principal, programmeId: string): Promise<ProgrammeSession[]> {
    await this.programmes.find(principal, 'programme.read', programmeId);
    return this.sessions.ofProgramme(programmeId);
  }

  /** The session of a programme the caller may read (404 otherwise), for notes to refer to. */
  async find(programmeId: string, sessionId: string): Promise<ProgrammeSession> {
    const session = await this.sessions.find(programmeId, sessionId);
    if (!session) throw notFound(sessionId);
    return session;
  }

  /**
   * Marks a session as having taken place and publishes counselling.session.completed.v1 with its peer
   * facilitators, in the same transaction, so their hours reach volunteers exactly when it commits.
   * Completing it again changes nothing and publishes nothing.
   */
  async complete(principal: Principal, programmeId: string, sessionId: string): Promise<ProgrammeSession> {
    return this.transactions.run(async (tx) => {
      await this.programmes.lock(tx, principal, 'attendance.record', programmeId);
      const session = await this.sessions.find(programmeId, sessionId, tx);
      if (!session) throw notFound(sessionId);
      if (session.status === 'completed') return session;
      if (session.status === 'cancelled') {
        throw new SessionError('SESSION_NOT_OPEN', 'The session is cancelled.', { status: session.status });
      }
      const completed = await this.sessions.complete(tx, session, new Date());
      const peers = (await this.programmes.facilitatorsOf(programmeId, tx)).filter(
        (f) => f.role === 'peer' && f.volunteerId,
      );
      await this.outbox.add(tx, EventSubject.counsellingSessionCompleted, {
        sessionId: completed.id,
        programmeId,
        startsAt: completed.startsAt.toISOString(),
        endsAt: completed.endsAt.toISOString(),
        completedAt: (completed.completedAt ?? new Date()).toISOString(),
        peerFacilitators: peers.map((p) => ({ volunteerId: p.volunteerId!, accountId: p.accountId })),
        version: completed.version,
      });
      await this.audit.record(
        { action: 'session.completed', recordType: 'session', recordId: sessionId, outcome: 'allowed' },
        tx,
      );
      return completed;
    });
  }

  /** Takes the register for one member or the whole list in one request; a later entry overwrites. */
  async recordAttendance(
    principal: Principal,
    programmeId: string,
    sessionId: string,
    input: RecordSessionAttendanceDto,
  ): Promise<Attendance[]> {
    await this.programmes.find(principal, 'attendance.record', programmeId);
    const session = await this.find(programmeId, sessionId);
    if (session.status === 'cancelled') {
      throw new SessionError('SESSION_NOT_OPEN', 'The session is cancelled.', { status: session.status });
    }
    const members = new Map(
      (await this.memberships.list(principal, 'attendance.record', programmeId))
        .filter((e) => e.status === 'active')
        .map((e) => [e.id, e]),
    );
    const strangers = input.entries.map((e) => e.enrolmentId).filter((id) => !members.has(id));
    if (strangers.length > 0) {
      throw new SessionError(
        'NOT_A_MEMBER',
        'Attendance names people who are not active members of the programme; see details.',
        { enrolmentIds: strangers },
      );
    }
    const now = new Date();
    const rows = input.entries.map((e) =>
      Object.assign(new Attendance(), {
        sessionId,
        enrolmentId: e.enrolmentId,
        programmeId,
        accountId: members.get(e.enrolmentId)!.accountId,
        status: e.status,
        absenceReason: e.status === 'absent' ? (e.absenceReason ?? null) : null,
        recordedBy: principal.accountId,
        recordedAt: now,
      }),
    );
    await this.transactions.run(async (tx) => {
      await this.sessions.upsertAttendance(tx, rows);
      await this.audit.record(
        {
          action: 'attendance.recorded',
          recordType: 'session',
          recordId: sessionId,
          outcome: 'allowed',
          details: { entries: rows.length },
        },
        tx,
      );
    });
    return this.sessions.attendanceOf(await this.access.scope(principal, 'session.read'), sessionId);
  }

  /** The register of a session: facilitators see every line, a member only their own. */
  async attendance(principal: Principal, programmeId: string, sessionId: string): Promise<Attendance[]> {
    await this.programmes.find(principal, 'programme.browse', programmeId);
    await this.find(programmeId, sessionId);
    return this.sessions.attendanceOf(await this.access.scope(principal, 'session.read'), sessionId);
  }

  /** Members who missed MISSES_FLAGGED or more sessions in a row, for the facilitator to follow up. */
  async flags(principal: Principal, programmeId: string): Promise<AttendanceFlagView[]> {
    await this.programmes.find(principal, 'attendance.record', programmeId);
    const members = (await this.memberships.list(principal, 'attendance.record', programmeId)).filter(
      (e) => e.status === 'active',
    );
    const register = await this.sessions.programmeRegister(programmeId);
    return members
      .map((m) => ({
        enrolmentId: m.id,
        displayName: m.displayName,
        missedInARow: missedInARow(register.filter((r) => r.enrolmentId === m.id).map((r) => r.status)),
      }))
      .filter((f) => f.missedInARow >= MISSES_FLAGGED);
  }
}
