import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Tx } from '@linkage/database';
import type { Memberships, MembershipSource } from '../access/volunteers.access';
import { TeamMember } from './team-member.entity';

/** Who is in which team, as the access rules and the sign-up rules ask it. */
@Injectable()
export class TeamMembershipRepository implements MembershipSource {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(volunteerIds: readonly string[], tx: Tx = this.db.manager): Promise<Map<string, Memberships>> {
    const rows = volunteerIds.length
      ? await tx.getRepository(TeamMember).find({
          select: { volunteerId: true, teamId: true, role: true },
          where: { volunteerId: In([...new Set(volunteerIds)]) },
        })
      : [];
    return new Map(
      volunteerIds.map((id) => {
        const own = rows.filter((r) => r.volunteerId === id);
        return [
          id,
          {
            memberOf: own.map((r) => r.teamId),
            leaderOf: own.filter((r) => r.role === 'leader').map((r) => r.teamId),
          },
        ];
      }),
    );
  }
}
