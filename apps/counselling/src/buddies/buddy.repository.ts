import { isDuplicateEntry, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { BuddyRequest } from './buddy-request.entity';
import { Buddy } from './buddy.entity';

/** Buddy pairs (two rows a pair) and requests, by enrolment: callers found the enrolments through Memberships. */
@Injectable()
export class BuddyRepository {
  constructor(
    @InjectRepository(Buddy) private readonly buddies: Repository<Buddy>,
    @InjectRepository(BuddyRequest) private readonly requests: Repository<BuddyRequest>,
  ) {}

  /**
   * Pairs two members: one row each way. The primary key (one buddy per enrolment) decides a race:
   * 'taken' when either already has a buddy. Their requests go in the same transaction.
   */
  async pair(tx: Tx, programmeId: string, a: string, b: string, pairedBy: string): Promise<Buddy | 'taken'> {
    try {
      await tx.getRepository(Buddy).insert([
        { enrolmentId: a, buddyEnrolmentId: b, programmeId, pairedBy },
        { enrolmentId: b, buddyEnrolmentId: a, programmeId, pairedBy },
      ]);
    } catch (error) {
      if (isDuplicateEntry(error)) return 'taken';
      throw error;
    }
    await this.dropRequestsOf(tx, [a, b]);
    return tx.getRepository(Buddy).findOneByOrFail({ enrolmentId: a });
  }

  buddyOf(enrolmentId: string, tx?: Tx): Promise<Buddy | null> {
    return (tx?.getRepository(Buddy) ?? this.buddies).findOneBy({ enrolmentId });
  }

  /** Ends the member's pair (both rows); false when they had none. */
  async unpair(tx: Tx, enrolmentId: string): Promise<boolean> {
    const pair = await tx
      .getRepository(Buddy)
      .findOne({ where: { enrolmentId }, lock: { mode: 'pessimistic_write' } });
    if (!pair) return false;
    await tx.getRepository(Buddy).delete({ enrolmentId: In([pair.enrolmentId, pair.buddyEnrolmentId]) });
    return true;
  }

  /** One row per pair (the side with the smaller enrolment id), oldest first. */
  ofProgramme(programmeId: string): Promise<Buddy[]> {
    return this.buddies
      .createQueryBuilder('b')
      .where('b.programme_id = :programmeId AND b.enrolment_id < b.buddy_enrolment_id', { programmeId })
      .orderBy('b.created_at', 'ASC')
      .getMany();
  }

  /** Every pair row (both sides): for the nudge job, which has no caller. */
  all(): Promise<Buddy[]> {
    return this.buddies.find({ order: { enrolmentId: 'ASC' } });
  }

  /** Inserts the request; the existing one when the member asked the same person before. */
  async request(request: BuddyRequest): Promise<BuddyRequest> {
    try {
      await this.requests.insert(request);
    } catch (error) {
      if (!isDuplicateEntry(error)) throw error;
    }
    return this.requests.findOneByOrFail({
      fromEnrolmentId: request.fromEnrolmentId,
      toEnrolmentId: request.toEnrolmentId,
    });
  }

  requestBetween(fromEnrolmentId: string, toEnrolmentId: string): Promise<BuddyRequest | null> {
    return this.requests.findOneBy({ fromEnrolmentId, toEnrolmentId });
  }

  /** A request addressed to this enrolment (what its addressee may accept). */
  requestTo(id: string, toEnrolmentId: string): Promise<BuddyRequest | null> {
    return this.requests.findOneBy({ id, toEnrolmentId });
  }

  /** The requests from or to this enrolment, oldest first. */
  requestsOf(enrolmentId: string): Promise<BuddyRequest[]> {
    return this.requests.find({
      where: [{ fromEnrolmentId: enrolmentId }, { toEnrolmentId: enrolmentId }],
      order: { createdAt: 'ASC' },
    });
  }

  private async dropRequestsOf(tx: Tx, enrolmentIds: string[]): Promise<void> {
    const rows = tx.getRepository(BuddyRequest);
    await rows.delete({ fromEnrolmentId: In(enrolmentIds) });
    await rows.delete({ toEnrolmentId: In(enrolmentIds) });
  }
}
