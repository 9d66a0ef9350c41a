import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { Memberships } from '../enrolments/memberships';
import { SessionService } from '../sessions/session.service';
import type { WriteNoteDto } from './note.dto';

/** What a note is about — a session of the programme, a member of it — checked before it is written. */
@Injectable()
export class NoteSubjects {
  constructor(
    private readonly sessions: SessionService,
    private readonly memberships: Memberships,
  ) {}

  /** Throws the session's or the member's 404 when the note names one that is not in the programme. */
  async check(principal: Principal, programmeId: string, input: WriteNoteDto): Promise<void> {
    if (input.sessionId) await this.sessions.find(programmeId, input.sessionId);
    if (input.enrolmentId)
      await this.memberships.find(principal, 'member.read', programmeId, input.enrolmentId);
  }
}
