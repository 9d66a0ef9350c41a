import { AuditLog, type Principal } from '@linkage/auth';
import { EventSubject } from '@linkage/contracts';
import { newId, Transactions } from '@linkage/database';
import { Outbox } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { ProgrammeDirectory } from '../programmes/programme-directory';
import { ProgrammeSession } from './programme-session.entity';
import type { SessionDto } from './session.dto';
import { SessionError } from './session.error';
import { SessionRepository } from './session.repository';

export const sessionNotFound = (id: string): SessionError =>
  new SessionError('SESSION_NOT_FOUND', `No session with id ${id} in this programme.`);

@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly programmes: ProgrammeDirectory,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
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
    if (!session) throw sessionNotFound(sessionId);
    return session;
  }

  /**
   * Marks a session as having taken place and publishes counselling.session.completed.v1 with its peer
   * facilitators (and the counsellors who verify their hours), in the same transaction, so their hours
   * reach volunteers exactly when it commits.
   * Completing it again changes nothing and publishes nothing; one that has not begun by the service's
   * clock is 409 SESSION_NOT_STARTED.
   */
  async complete(principal: Principal, programmeId: string, sessionId: string): Promise<ProgrammeSession> {
    return this.transactions.run(async (tx) => {
      const programme = await this.programmes.lock(tx, principal, 'attendance.record', programmeId);
      const session = await this.sessions.find(programmeId, sessionId, tx);
      if (!session) throw sessionNotFound(sessionId);
      if (session.status === 'completed') return session;
      if (session.status === 'cancelled') {
        throw new SessionError('SESSION_NOT_OPEN', 'The session is cancelled.', { status: session.status });
      }
      // Held means it has begun: otherwise its peer facilitators would get hours for a time still to come.
      if (session.startsAt > this.clock.now()) {
        throw new SessionError(
          'SESSION_NOT_STARTED',
          `The session starts at ${session.startsAt.toISOString()}: it can be marked held once it has begun.`,
          { startsAt: session.startsAt.toISOString() },
        );
      }
      const completed = await this.sessions.complete(tx, session, new Date());
      const facilitators = await this.programmes.facilitatorsOf(programmeId, tx);
      const peers = facilitators.filter((f) => f.role === 'peer' && f.volunteerId);
      await this.outbox.add(tx, EventSubject.counsellingSessionCompleted, {
        sessionId: completed.id,
        programmeId,
        startsAt: completed.startsAt.toISOString(),
        endsAt: completed.endsAt.toISOString(),
        completedAt: (completed.completedAt ?? new Date()).toISOString(),
        peerFacilitators: peers.map((p) => ({ volunteerId: p.volunteerId!, accountId: p.accountId })),
        version: completed.version,
        programmeTitle: programme.title,
        place: completed.place,
        counsellorAccountIds: facilitators.filter((f) => f.role === 'counsellor').map((f) => f.accountId),
        completedBy: principal.accountId,
      });
      await this.audit.record(
        { action: 'session.completed', recordType: 'session', recordId: sessionId, outcome: 'allowed' },
        tx,
      );
      return completed;
    });
  }
}
