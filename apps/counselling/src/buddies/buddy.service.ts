import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { CheckInQueries } from '../check-ins/check-in-queries';
import { Clock } from '../clock/clock';
import { Memberships } from '../enrolments/memberships';
import type { BuddyView } from './buddy.dto';
import { BuddyError } from './buddy.error';
import { BuddyRepository } from './buddy.repository';

/** What a member sees of their buddy: name, smoke-free streak, last check-in day. Nothing else, ever. */
@Injectable()
export class BuddyService {
  constructor(
    private readonly buddies: BuddyRepository,
    private readonly memberships: Memberships,
    private readonly checkIns: CheckInQueries,
    private readonly clock: Clock,
  ) {}

  async mine(principal: Principal, programmeId: string): Promise<BuddyView> {
    const me = await this.memberships.own(principal, programmeId);
    const pair = await this.buddies.buddyOf(me.id);
    if (!pair) throw new BuddyError('NOT_PAIRED', 'You have no buddy in this programme yet.');
    // The access rules confirm the pair before anything of the buddy is read.
    const buddy = await this.memberships.buddy(principal, programmeId, pair.buddyEnrolmentId);
    const progress = (await this.checkIns.progress([buddy.id], this.clock.today())).get(buddy.id)!;
    return {
      enrolmentId: buddy.id,
      displayName: buddy.displayName,
      streak: progress.streak,
      lastCheckInOn: progress.lastCheckInOn,
      pairedAt: pair.createdAt.toISOString(),
    };
  }
}
