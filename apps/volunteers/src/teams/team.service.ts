import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { newId, type Page, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { VolunteersAccess } from '../access/volunteers.access';
import type { VolunteerData } from '../volunteers/volunteer-data';
import { VolunteerError } from '../volunteers/volunteer.error';
import { VolunteerService } from '../volunteers/volunteer.service';
import type {
  CreateTeamDto,
  ListMembersQuery,
  ListTeamsQuery,
  PutMemberDto,
  UpdateTeamDto,
} from './team.dto';
import { Team } from './team.entity';
import { TeamError } from './team.error';
import type { TeamMember } from './team-member.entity';
import { TeamMembershipRepository } from './team-membership.repository';
import { TeamRepository } from './team.repository';

/** What can be done to a team, as the access rules name it (volunteers.access.ts). */
type TeamAction = 'team.read' | 'team.read_members' | 'team.manage';

export interface MemberWithProfile {
  member: TeamMember;
  volunteer: VolunteerData;
}

@Injectable()
export class TeamService {
  constructor(
    private readonly teams: TeamRepository,
    private readonly memberships: TeamMembershipRepository,
    private readonly volunteers: VolunteerService,
    private readonly access: VolunteersAccess,
    private readonly audit: AuditLog,
  ) {}

  exists(teamId: string): Promise<boolean> {
    return this.teams.exists(teamId);
  }

  /** Whether the caller may see the team (no 404 is thrown: the asking feature answers its own). */
  async isVisible(principal: Principal, teamId: string): Promise<boolean> {
    return (await this.teams.findById(await this.access.scope(principal, 'team.read'), teamId)) !== null;
  }

  /** The teams each volunteer is a member of, read in the caller's transaction (the sign-up rules). */
  async memberOf(volunteerIds: readonly string[], tx: Tx): Promise<Map<string, readonly string[]>> {
    const memberships = await this.memberships.of(volunteerIds, tx);
    return new Map([...memberships].map(([id, m]) => [id, m.memberOf]));
  }

  async create(input: CreateTeamDto): Promise<Team> {
    const team = Object.assign(new Team(), {
      id: newId(),
      name: input.name,
      description: input.description ?? null,
    });
    const saved = await this.teams.insert(team);
    if (saved === 'duplicate') throw nameTaken(input.name);
    await this.audit.record({
      action: 'team.created',
      recordType: 'team',
      recordId: saved.id,
      outcome: 'allowed',
    });
    return saved;
  }

  async get(principal: Principal, id: string): Promise<Team> {
    return this.find(principal, 'team.read', id);
  }

  async list(principal: Principal, query: ListTeamsQuery): Promise<Page<Team>> {
    return this.teams.list(await this.access.scope(principal, 'team.read'), query);
  }

  async update(principal: Principal, id: string, input: UpdateTeamDto): Promise<Team> {
    const scope = await this.access.scope(principal, 'team.manage');
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const updated = await this.teams.update(scope, id, changes);
    if (updated === 'duplicate') throw nameTaken(input.name ?? '');
    if (!updated) return this.notFound('team.manage', id);
    await this.audit.record({
      action: 'team.updated',
      recordType: 'team',
      recordId: id,
      outcome: 'allowed',
      details: { fields: Object.keys(changes) },
    });
    return updated;
  }

  async members(principal: Principal, id: string, query: ListMembersQuery): Promise<Page<MemberWithProfile>> {
    await this.find(principal, 'team.read_members', id);
    const page = await this.teams.listMembers(id, query);
    const profiles = new Map(
      (await this.volunteers.summaries(page.items.map((m) => m.volunteerId))).map((v) => [v.id, v]),
    );
    return {
      items: page.items.map((member) => ({ member, volunteer: profiles.get(member.volunteerId)! })),
      nextCursor: page.nextCursor,
    };
  }

  async putMember(
    principal: Principal,
    id: string,
    volunteerId: string,
    input: PutMemberDto,
  ): Promise<MemberWithProfile> {
    await this.find(principal, 'team.manage', id);
    const [volunteer] = await this.volunteers.summaries([volunteerId]);
    if (!volunteer) throw new VolunteerError('VOLUNTEER_NOT_FOUND', `No volunteer with id ${volunteerId}.`);
    const member = await this.teams.putMember(id, volunteerId, input.role);
    await this.audit.record({
      action: 'team.member_set',
      recordType: 'team',
      recordId: id,
      outcome: 'allowed',
      details: { volunteerId, role: input.role },
    });
    return { member, volunteer };
  }

  async removeMember(principal: Principal, id: string, volunteerId: string): Promise<void> {
    await this.find(principal, 'team.manage', id);
    if (!(await this.teams.removeMember(id, volunteerId)))
      throw new TeamError('TEAM_MEMBER_NOT_FOUND', `Volunteer ${volunteerId} is not in this team.`);
    await this.audit.record({
      action: 'team.member_removed',
      recordType: 'team',
      recordId: id,
      outcome: 'allowed',
      details: { volunteerId },
    });
  }

  private async find(principal: Principal, action: TeamAction, id: string): Promise<Team> {
    const scope = await this.access.scope(principal, action);
    return (await this.teams.findById(scope, id)) ?? this.notFound(action, id);
  }

  /** Not there and not yours answer alike; a real team out of scope is recorded as a denied attempt. */
  private notFound(action: TeamAction, id: string): Promise<never> {
    return notFoundOrDenied(
      this.audit,
      { action, recordType: 'team', recordId: id, existsOutsideScope: () => this.teams.exists(id) },
      new TeamError('TEAM_NOT_FOUND', `No team with id ${id}.`),
    );
  }
}

function nameTaken(name: string): TeamError {
  return new TeamError('TEAM_NAME_TAKEN', `A team named "${name}" already exists.`, { name });
}
