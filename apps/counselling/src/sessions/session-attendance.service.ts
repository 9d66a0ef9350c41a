import { AuditLog, type Principal } from '@linkage/auth';
import { Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { CounsellingAccess } from '../access/counselling.access';
import { Memberships } from '../enrolments/memberships';
import { ProgrammeDirectory } from '../programmes/programme-directory';
import { Attendance } from './attendance.entity';
import { missedInARow, MISSES_FLAGGED } from './missed-in-a-row';
import type { ProgrammeSession } from './programme-session.entity';
import type { AttendanceFlagView, RecordSessionAttendanceDto } from './session.dto';
import { SessionError } from './session.error';
import { SessionRepository } from './session.repository';
import { sessionNotFound } from './session.service';

/** A session's register: taken in one request, read by facilitators and (their own line) members. */
@Injectable()
export class SessionAttendance {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly programmes: ProgrammeDirectory,
    private readonly memberships: Memberships,
    private readonly access: CounsellingAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** Takes the register for one member or the whole list in one request; a later entry overwrites. */
  async recordAttendance(
    principal: Principal,
    programmeId: string,
    sessionId: string,
    input: RecordSessionAttendanceDto,
  ): Promise<Attendance[]> {
    await this.programmes.find(principal, 'attendance.record', programmeId);
    const session = await this.session(programmeId, sessionId);
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
    await this.session(programmeId, sessionId);
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

  private async session(programmeId: string, sessionId: string): Promise<ProgrammeSession> {
    const session = await this.sessions.find(programmeId, sessionId);
    if (!session) throw sessionNotFound(sessionId);
    return session;
  }
}
