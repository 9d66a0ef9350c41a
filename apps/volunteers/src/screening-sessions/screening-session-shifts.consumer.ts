import {
  EventSubject,
  type EventEnvelope,
  type ScreeningSessionCancelledV1,
  type ScreeningSessionScheduleV1,
} from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { SourcedShifts, type ShiftSourceKey } from '../shifts/sourced-shifts.service';
import { sessionShifts } from './screening-session-shifts.plan';
import { ScreeningSessionVersionsRepository } from './screening-session-versions.repository';

/**
 * A scheduled screening session becomes shifts: one per screener role, with source
 * `screening_session:<sessionId>` and the role's key as ref, and they follow the session's changes and its
 * cancellation. Each copy carries the session's whole state and a version; the version applied is kept
 * per session (screening_session_versions, locked while a copy is applied), and a copy whose version is
 * not above it — late, replayed, or sent twice under another id — changes nothing. (The inbox already
 * stops a redelivery of the same event id.)
 */
@Injectable()
export class ScreeningSessionShifts {
  private readonly logger = new Logger('ScreeningSessionShifts');

  constructor(
    private readonly versions: ScreeningSessionVersionsRepository,
    private readonly shifts: SourcedShifts,
  ) {}

  @OnEvent(EventSubject.screeningSessionScheduled)
  async scheduled(event: EventEnvelope<ScreeningSessionScheduleV1>, tx: Tx): Promise<void> {
    await this.follow(tx, event.payload);
  }

  @OnEvent(EventSubject.screeningSessionChanged)
  async changed(event: EventEnvelope<ScreeningSessionScheduleV1>, tx: Tx): Promise<void> {
    await this.follow(tx, event.payload);
  }

  @OnEvent(EventSubject.screeningSessionCancelled)
  async cancelled(event: EventEnvelope<ScreeningSessionCancelledV1>, tx: Tx): Promise<void> {
    const p = event.payload;
    if (!(await this.isNewer(tx, p.sessionId, p.version))) return;
    await this.versions.applied(tx, p.sessionId, {
      version: p.version,
      cancelledAt: new Date(p.cancelledAt),
    });
    await this.shifts.cancelAll(tx, sourceOf(p.sessionId), p.reason);
  }

  private async follow(tx: Tx, session: ScreeningSessionScheduleV1): Promise<void> {
    if (!(await this.isNewer(tx, session.sessionId, session.version))) return;
    await this.versions.applied(tx, session.sessionId, {
      version: session.version,
      campaignId: session.campaignId,
    });
    const skipped = await this.shifts.follow(tx, sourceOf(session.sessionId), sessionShifts(session));
    for (const step of skipped)
      this.logger.warn(`Screening session ${session.sessionId}: no shift for ${step.ref}: ${step.why}.`);
  }

  /** Locks the session's row; true when this copy's version is above the one applied. */
  private async isNewer(tx: Tx, sessionId: string, version: number): Promise<boolean> {
    const applied = await this.versions.claim(tx, sessionId);
    if (version > applied) return true;
    this.logger.log(
      `Ignored version ${version} of screening session ${sessionId}: version ${applied} is applied.`,
    );
    return false;
  }
}

function sourceOf(sessionId: string): ShiftSourceKey {
  return { type: 'screening_session', id: sessionId };
}
