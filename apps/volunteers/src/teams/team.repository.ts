import { applyScope, scopeAllows, type RecordScope } from '@linkage/auth';
import { containsPattern, isDuplicateEntry, newId, paginate, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ListMembersQuery, ListTeamsQuery } from './team.dto';
import { Team } from './team.entity';
import type { TeamRole } from './team-role';
import { TeamMember } from './team-member.entity';

/** A team is scoped as the team it is. */
const COLUMNS = { team: 't.id' };

@Injectable()
export class TeamRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get teams() {
    return this.db.getRepository(Team);
  }

  private get members() {
    return this.db.getRepository(TeamMember);
  }

  /** Inserts; resolves to 'duplicate' when the name is taken (the unique index decides). */
  async insert(team: Team): Promise<Team | 'duplicate'> {
    try {
      await this.teams.insert(team);
    } catch (error) {
      if (isDuplicateEntry(error)) return 'duplicate';
      throw error;
    }
    return this.teams.findOneByOrFail({ id: team.id });
  }

  findById(scope: RecordScope, id: string): Promise<Team | null> {
    return applyScope(this.teams.createQueryBuilder('t'), scope, COLUMNS)
      .andWhere('t.id = :id', { id })
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.teams.existsBy({ id });
  }

  list(scope: RecordScope, query: ListTeamsQuery): Promise<Page<Team>> {
    const qb = applyScope(this.teams.createQueryBuilder('t'), scope, COLUMNS);
    if (query.q) qb.andWhere('t.name LIKE :q', { q: containsPattern(query.q) });
    return paginate(qb, query);
  }

  async update(scope: RecordScope, id: string, changes: Partial<Team>): Promise<Team | null | 'duplicate'> {
    if (!scopeAllows(scope, { teamId: id })) return null;
    if (Object.keys(changes).length > 0) {
      try {
        await this.teams.update({ id }, changes);
      } catch (error) {
        if (isDuplicateEntry(error)) return 'duplicate';
        throw error;
      }
    }
    return this.findById(scope, id);
  }

  listMembers(teamId: string, query: ListMembersQuery): Promise<Page<TeamMember>> {
    const qb = this.members.createQueryBuilder('m').where('m.team_id = :teamId', { teamId });
    if (query.role) qb.andWhere('m.role = :role', { role: query.role });
    return paginate(qb, query);
  }

  /** Adds the volunteer to the team, or changes their role if they are in it already. */
  async putMember(teamId: string, volunteerId: string, role: TeamRole): Promise<TeamMember> {
    await this.members
      .createQueryBuilder()
      .insert()
      .values({ id: newId(), teamId, volunteerId, role })
      .orUpdate(['role'], ['team_id', 'volunteer_id'])
      .execute();
    return this.members.findOneByOrFail({ teamId, volunteerId });
  }

  async removeMember(teamId: string, volunteerId: string): Promise<boolean> {
    const result = await this.members.delete({ teamId, volunteerId });
    return (result.affected ?? 0) > 0;
  }
}
