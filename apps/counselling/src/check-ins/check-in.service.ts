import { AuditLog, type Principal } from '@linkage/auth';
import { FieldCipher } from '@linkage/crypto';
import { newId } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { Memberships } from '../enrolments/memberships';
import { CheckInQueries, type QuitProgress } from './check-in-queries';
import type { DailyCheckInDto } from './check-in.dto';
import type { CheckIn } from './check-in.entity';
import { CheckInRepository } from './check-in.repository';

/** A check-in with its note in clear for the caller. */
export interface ReadCheckIn {
  checkIn: CheckIn;
  note: string | null;
}

/**
 * The note's authenticated context: the member's day, which a replacement keeps, so a note copied to
 * another row does not decrypt.
 */
const context = (enrolmentId: string, localDate: string): string =>
  `counselling.check-in:${enrolmentId}:${localDate}`;

@Injectable()
export class CheckInService {
  constructor(
    private readonly checkIns: CheckInRepository,
    private readonly queries: CheckInQueries,
    private readonly memberships: Memberships,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditLog,
  ) {}

  /**
   * The member's check-in for today (Asia/Shanghai). Sending it again the same day replaces the first,
   * so a phone that retries, or a member who corrects the count in the evening, leaves one per day.
   */
  async checkIn(principal: Principal, programmeId: string, input: DailyCheckInDto): Promise<ReadCheckIn> {
    const member = await this.memberships.own(principal, programmeId);
    const localDate = this.clock.today();
    const note = input.note ? this.cipher.encrypt(input.note, context(member.id, localDate)) : null;
    const checkIn = await this.checkIns.upsert({
      id: newId(),
      enrolmentId: member.id,
      programmeId,
      accountId: member.accountId,
      localDate,
      cigarettes: input.cigarettes,
      craving: input.craving,
      mood: input.mood,
      lapse: input.lapse,
      note,
      noteKeyId: note ? FieldCipher.kidOf(note) : null,
    });
    return { checkIn, note: input.note ?? null };
  }

  /** A member's check-ins, newest first: the member's own, or any member's for the programme's counsellors (audited). */
  async list(principal: Principal, programmeId: string, enrolmentId: string): Promise<ReadCheckIn[]> {
    const member = await this.memberships.find(principal, 'member.read', programmeId, enrolmentId);
    const checkIns = await this.checkIns.ofEnrolment(member.id);
    if (member.accountId !== principal.accountId) {
      await this.audit.record({
        action: 'check-in.list',
        recordType: 'enrolment',
        recordId: member.id,
        outcome: 'allowed',
        details: { count: checkIns.length },
      });
    }
    return checkIns.map((checkIn) => ({
      checkIn,
      note: checkIn.note
        ? this.cipher.decrypt(checkIn.note, context(checkIn.enrolmentId, checkIn.localDate))
        : null,
    }));
  }

  /** Streak, last check-in and point prevalence, for the member or the programme's counsellors. */
  async progress(principal: Principal, programmeId: string, enrolmentId: string): Promise<QuitProgress> {
    const member = await this.memberships.find(principal, 'member.read', programmeId, enrolmentId);
    const progress = await this.queries.progress([member.id], this.clock.today());
    return progress.get(member.id)!;
  }
}
