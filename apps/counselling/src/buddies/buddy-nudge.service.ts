import { newId } from '@linkage/database';
import { Injectable, Logger } from '@nestjs/common';
import { CheckInQueries } from '../check-ins/check-in-queries';
import { localDateOf } from '../check-ins/local-date';
import { Clock } from '../clock/clock';
import { Memberships } from '../enrolments/memberships';
import { BuddyRepository } from './buddy.repository';
import { Notification } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import { quietSpell } from './quiet-spell';

/**
 * One pass of the buddy nudge: every active member paired with an active buddy who has had no check-in
 * for three whole local days gets their buddy an in-app notification, once per quiet spell. The claim
 * is the notification's unique dedupe key `buddy_quiet:<enrolment>:<spell start>`: runs and replicas
 * sweeping at the same time all try the insert, exactly one row is written, the others find the key
 * taken. The work has no caller, so it reads pairs and members directly (SERVICE_SCOPE territory).
 */
@Injectable()
export class BuddyNudge {
  private readonly logger = new Logger(BuddyNudge.name);

  constructor(
    private readonly buddies: BuddyRepository,
    private readonly notifications: NotificationRepository,
    private readonly memberships: Memberships,
    private readonly checkIns: CheckInQueries,
    private readonly clock: Clock,
  ) {}

  /** Returns how many nudges this pass wrote (0 when another replica or an earlier run wrote them). */
  async sweep(now: Date = this.clock.now()): Promise<number> {
    const today = localDateOf(now);
    const pairs = await this.buddies.all();
    if (pairs.length === 0) return 0;
    const members = new Map(
      (await this.memberships.byIds(pairs.map((p) => p.enrolmentId))).map((e) => [e.id, e]),
    );
    const lastDays = await this.checkIns.lastCheckIns(pairs.map((p) => p.enrolmentId));
    let written = 0;
    for (const pair of pairs) {
      const member = members.get(pair.enrolmentId);
      const buddy = members.get(pair.buddyEnrolmentId);
      if (member?.status !== 'active' || buddy?.status !== 'active') continue;
      const lastCheckInOn = lastDays.get(member.id) ?? null;
      const spell = quietSpell(lastCheckInOn, localDateOf(pair.createdAt), today);
      if (!spell) continue;
      const wrote = await this.notifications.insertOnce(
        Object.assign(new Notification(), {
          id: newId(),
          accountId: buddy.accountId,
          kind: 'buddy_quiet',
          details: {
            programmeId: pair.programmeId,
            buddyName: member.displayName,
            lastCheckInOn,
            quietDays: spell.quietDays,
          },
          dedupeKey: `buddy_quiet:${member.id}:${spell.startsOn}`,
          readAt: null,
        }),
      );
      if (wrote) written += 1;
    }
    if (written > 0) this.logger.log(`nudged ${written} buddies`);
    return written;
  }
}
