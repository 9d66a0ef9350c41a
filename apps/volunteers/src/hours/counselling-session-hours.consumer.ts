import { EventSubject, type EventEnvelope, type SessionCompletedV1 } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { OnEvent } from '@linkage/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { SourcedShifts, type ShiftSourceKey } from '../shifts/sourced-shifts.service';
import { VolunteerService } from '../volunteers/volunteer.service';
import { counsellingSessionShift, sessionAttendanceId } from './counselling-session-hours.rule';
import { CounsellingVerifiersRepository } from './counselling-verifiers.repository';
import { HoursRecording } from './hours-recording';

/**
 * A counselling session took place: its peer facilitators' hours (the session's start to its end) are
 * recorded, unverified, on a completed shift with source `counselling_session:<sessionId>` titled with
 * the programme, by the same rules as any check-out (half-hour units, the 8-hour daily limit), and the
 * programme's counsellors named by the event are listed as the ones who verify them
 * (counselling_session_verifiers). Once per session and peer: the inbox stops a redelivery, the shift's
 * unique (source, ref) and the hours record's unique attendance key stop a second copy of the event
 * under another id. A peer whose volunteer profile is unknown here is skipped with a warning.
 */
@Injectable()
export class CounsellingSessionHours {
  private readonly logger = new Logger('CounsellingSessionHours');

  constructor(
    private readonly shifts: SourcedShifts,
    private readonly volunteers: VolunteerService,
    private readonly recording: HoursRecording,
    private readonly verifiers: CounsellingVerifiersRepository,
  ) {}

  @OnEvent(EventSubject.counsellingSessionCompleted)
  async completed(event: EventEnvelope<SessionCompletedV1>, tx: Tx): Promise<void> {
    const session = event.payload;
    await this.verifiers.add(tx, session.sessionId, session.counsellorAccountIds ?? []);
    // Volunteers first, then the shift: the lock order of every change of what a volunteer holds.
    const peers = [];
    for (const peer of [...session.peerFacilitators].sort((a, b) =>
      a.volunteerId.localeCompare(b.volunteerId),
    )) {
      if (await this.volunteers.lockForUpdate(tx, peer.volunteerId)) peers.push(peer);
      else
        this.logger.warn(
          `Counselling session ${session.sessionId}: no volunteer ${peer.volunteerId} here; no hours recorded for them.`,
        );
    }
    if (peers.length === 0) return;
    const source: ShiftSourceKey = { type: 'counselling_session', id: session.sessionId };
    const [existing] = await this.shifts.lockAll(tx, source);
    const shift =
      existing ??
      (await this.shifts.createCompleted(tx, source, 'session', counsellingSessionShift(session)));
    for (const peer of peers) {
      await this.recording.recordFor(tx, {
        attendanceId: sessionAttendanceId(session.sessionId, peer.volunteerId),
        shiftId: shift.id,
        volunteerId: peer.volunteerId,
        checkedInAt: new Date(session.startsAt),
        checkedOutAt: new Date(session.endsAt),
        recordedBy: session.completedBy ?? null,
      });
    }
  }
}
