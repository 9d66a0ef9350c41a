import { scopeAllows, type Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { ownRecordScope } from '../records/own-record.access';
import { ShiftAccess } from '../shifts/shift.access';
import { teamScopeAllows } from '../teams/team-scope';
import type { HoursRecord } from './hours-record.entity';

/**
 * Hours records: coordinators and admins all; the volunteer their own (read); a team leader the
 * records of their teams' shifts (read, verify, adjust). Nobody verifies or adjusts their own hours.
 */
@Injectable()
export class HoursAccess {
  constructor(private readonly shifts: ShiftAccess) {}

  async mayRead(principal: Principal, record: HoursRecord): Promise<boolean> {
    return (
      scopeAllows(ownRecordScope(principal, 'read'), record.volunteerId) || this.mayManage(principal, record)
    );
  }

  async mayManage(principal: Principal, record: HoursRecord): Promise<boolean> {
    if (
      principal.volunteerId === record.volunteerId &&
      !scopeAllows(ownRecordScope(principal, 'administer'), record.volunteerId)
    )
      return false;
    return teamScopeAllows(await this.shifts.scope(principal, 'manage'), record.teamId);
  }
}
