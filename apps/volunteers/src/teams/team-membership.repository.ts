import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Tx } from '@linkage/database';
import type { Memberships, MembershipSource } from '../access/volunteers.access';
import { TeamMember } from './team-member.entity';

/** Who is in which team, as the access rules and the sign-up rules ask it. */
@Injectable()
export class TeamMembershipRepository implements MembershipSource {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(volunteerId: string, tx: Tx = this.db.manager): Promise<Memberships> {
    const rows = await tx.getRepository(TeamMember).find({
      select: { teamId: true, role: true },
      where: { volunteerId },
    });
    return {
      memberOf: rows.map((r) => r.teamId),
      leaderOf: rows.filter((r) => r.role === 'leader').map((r) => r.teamId),
    };
  }
}
