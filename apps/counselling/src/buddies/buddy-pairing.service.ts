import { AuditLog, type Principal } from '@linkage/auth';
import { newId, Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { Memberships } from '../enrolments/memberships';
import { ProgrammeDirectory } from '../programmes/programme-directory';
import { BuddyRequest } from './buddy-request.entity';
import type { Buddy } from './buddy.entity';
import { BuddyError } from './buddy.error';
import { BuddyRepository } from './buddy.repository';

/** A request in the member's list, with the other member's name. */
export interface ListedRequest {
  request: BuddyRequest;
  incoming: boolean;
  otherName: string;
}

/**
 * Who is whose buddy: a counsellor pairs two members, or members pair themselves (A asks B, B accepts,
 * or asks A back); either member or a counsellor ends a pair.
 */
@Injectable()
export class BuddyPairingService {
  constructor(
    private readonly buddies: BuddyRepository,
    private readonly memberships: Memberships,
    private readonly programmes: ProgrammeDirectory,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** A counsellor of the programme pairs two of its active members. */
  async pair(principal: Principal, programmeId: string, [a, b]: string[]): Promise<Buddy> {
    if (a === b) throw new BuddyError('SAME_MEMBER', 'A member cannot be their own buddy.');
    for (const id of [a, b]) {
      await this.memberships.find(principal, 'member.manage', programmeId, id, { active: true });
    }
    return this.save(principal, programmeId, a, b);
  }

  /** The caller asks another member of the programme; when that member had asked them, they are paired. */
  async request(
    principal: Principal,
    programmeId: string,
    enrolmentId: string,
  ): Promise<{ request: BuddyRequest; paired: boolean }> {
    const me = await this.memberships.own(principal, programmeId);
    const other = await this.memberships.find(principal, 'buddy.request', programmeId, enrolmentId, {
      active: true,
    });
    if (other.id === me.id) throw new BuddyError('SAME_MEMBER', 'A member cannot be their own buddy.');
    await this.assertFree([me.id, other.id]);
    const asked = await this.buddies.requestBetween(other.id, me.id);
    if (asked) {
      await this.save(principal, programmeId, asked.fromEnrolmentId, me.id);
      return { request: asked, paired: true };
    }
    const request = await this.buddies.request(
      Object.assign(new BuddyRequest(), {
        id: newId(),
        programmeId,
        fromEnrolmentId: me.id,
        toEnrolmentId: other.id,
      }),
    );
    return { request, paired: false };
  }

  /** The member a request is addressed to accepts it. */
  async accept(principal: Principal, programmeId: string, requestId: string): Promise<Buddy> {
    const me = await this.memberships.own(principal, programmeId);
    const request = await this.buddies.requestTo(requestId, me.id);
    if (!request) {
      throw new BuddyError(
        'BUDDY_REQUEST_NOT_FOUND',
        `No buddy request with id ${requestId} addressed to you.`,
      );
    }
    return this.save(principal, programmeId, request.fromEnrolmentId, me.id);
  }

  /** The caller's requests, from them and to them, with the other member's name. */
  async requests(principal: Principal, programmeId: string): Promise<ListedRequest[]> {
    const me = await this.memberships.own(principal, programmeId);
    const requests = await this.buddies.requestsOf(me.id);
    const others = new Map(
      (
        await this.memberships.byIds(
          requests.map((r) => (r.toEnrolmentId === me.id ? r.fromEnrolmentId : r.toEnrolmentId)),
        )
      ).map((e) => [e.id, e.displayName]),
    );
    return requests.map((request) => {
      const incoming = request.toEnrolmentId === me.id;
      const otherName = others.get(incoming ? request.fromEnrolmentId : request.toEnrolmentId) ?? '';
      return { request, incoming, otherName };
    });
  }

  /** The programme's pairs, for its counsellors. */
  async list(principal: Principal, programmeId: string): Promise<Buddy[]> {
    await this.programmes.find(principal, 'member.manage', programmeId);
    return this.buddies.ofProgramme(programmeId);
  }

  /** Ends the member's pair: the member themself or a counsellor of the programme. */
  async unpair(principal: Principal, programmeId: string, enrolmentId: string): Promise<void> {
    const member = await this.memberships.find(principal, 'buddy.unpair', programmeId, enrolmentId);
    await this.transactions.run(async (tx) => {
      if (!(await this.buddies.unpair(tx, member.id))) {
        throw new BuddyError('NOT_PAIRED', 'This member has no buddy.');
      }
      await this.audit.record(
        { action: 'buddy.unpaired', recordType: 'enrolment', recordId: member.id, outcome: 'allowed' },
        tx,
      );
    });
  }

  private async assertFree(enrolmentIds: string[]): Promise<void> {
    for (const enrolmentId of enrolmentIds) {
      if (await this.buddies.buddyOf(enrolmentId)) {
        throw new BuddyError('ALREADY_PAIRED', 'A member already has a buddy; unpair them first.', {
          enrolmentId,
        });
      }
    }
  }

  private save(principal: Principal, programmeId: string, a: string, b: string): Promise<Buddy> {
    return this.transactions.run(async (tx) => {
      const pair = await this.buddies.pair(tx, programmeId, a, b, principal.accountId);
      if (pair === 'taken') {
        const enrolmentId = (await this.buddies.buddyOf(a, tx)) ? a : b;
        throw new BuddyError('ALREADY_PAIRED', 'A member already has a buddy; unpair them first.', {
          enrolmentId,
        });
      }
      await this.audit.record(
        {
          action: 'buddy.paired',
          recordType: 'enrolment',
          recordId: a,
          outcome: 'allowed',
          details: { buddy: b },
        },
        tx,
      );
      return pair;
    });
  }
}
