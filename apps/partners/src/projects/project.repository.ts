import { applyScope, type RecordScope } from '@linkage/auth';
import { containsPattern, paginate, type Page, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { ListProjectsQuery } from './project.dto';
import { Project, ProjectPartner } from './project.entity';
import type { PartnerInRole } from './project-partners.rule';

export interface ProjectWithPartners {
  project: Project;
  partners: ProjectPartner[];
}

/**
 * A project is owned by each of its partner organisations: a partner member's scope (owner = their
 * organisation) holds the projects their organisation takes part in, checked in an EXISTS so a project
 * is never listed twice. (Every project has at least one partner, so the whole scope holds them all.)
 */
function scoped(qb: SelectQueryBuilder<Project>, scope: RecordScope): SelectQueryBuilder<Project> {
  const mine = qb.subQuery().select('1').from(ProjectPartner, 'mine').where('mine.project_id = p.id');
  applyScope(mine, scope, { owner: 'mine.organisation_id' });
  return qb.andWhere(`EXISTS ${mine.getQuery()}`, mine.getParameters());
}

@Injectable()
export class ProjectRepository {
  constructor(
    @InjectRepository(Project) private readonly projects: Repository<Project>,
    @InjectRepository(ProjectPartner) private readonly partners: Repository<ProjectPartner>,
  ) {}

  async insert(tx: Tx, project: Project, partners: readonly PartnerInRole[]): Promise<ProjectWithPartners> {
    await tx.getRepository(Project).insert(project);
    await this.writePartners(tx, project.id, partners);
    return this.loadIn(tx, project.id);
  }

  /** The project in the caller's scope, locked for the rest of the transaction; null when not there or not theirs. */
  async lock(tx: Tx, scope: RecordScope, id: string): Promise<ProjectWithPartners | null> {
    const project = await scoped(tx.getRepository(Project).createQueryBuilder('p'), scope)
      .andWhere('p.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    return project ? this.loadIn(tx, id) : null;
  }

  async update(
    tx: Tx,
    id: string,
    changes: Partial<Pick<Project, 'name' | 'goal' | 'startsOn' | 'endsOn' | 'status'>>,
    partners: readonly PartnerInRole[] | undefined,
  ): Promise<ProjectWithPartners> {
    if (Object.keys(changes).length > 0) await tx.getRepository(Project).update({ id }, changes);
    if (partners) {
      await tx.getRepository(ProjectPartner).delete({ projectId: id });
      await this.writePartners(tx, id, partners);
    }
    return this.loadIn(tx, id);
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.getRepository(Project).delete({ id });
  }

  async findById(scope: RecordScope, id: string): Promise<ProjectWithPartners | null> {
    const project = await scoped(this.projects.createQueryBuilder('p'), scope)
      .andWhere('p.id = :id', { id })
      .getOne();
    if (!project) return null;
    return { project, partners: await this.partnersOf([id]) };
  }

  exists(id: string): Promise<boolean> {
    return this.projects.existsBy({ id });
  }

  /** An organisation's role in a project, or null when it takes no part (or there is no such project). */
  async roleOf(projectId: string, organisationId: string): Promise<ProjectPartner['role'] | null> {
    return (await this.partners.findOneBy({ projectId, organisationId }))?.role ?? null;
  }

  async list(scope: RecordScope, query: ListProjectsQuery): Promise<Page<ProjectWithPartners>> {
    const qb = scoped(this.projects.createQueryBuilder('p'), scope);
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.q) qb.andWhere('p.name LIKE :q', { q: containsPattern(query.q) });
    if (query.organisationId) {
      const of = qb
        .subQuery()
        .select('1')
        .from(ProjectPartner, 'of')
        .where('of.project_id = p.id AND of.organisation_id = :organisationId');
      qb.andWhere(`EXISTS ${of.getQuery()}`, { organisationId: query.organisationId });
    }
    const page = await paginate(qb, query);
    const partners = await this.partnersOf(page.items.map((p) => p.id));
    return {
      items: page.items.map((project) => ({
        project,
        partners: partners.filter((p) => p.projectId === project.id),
      })),
      nextCursor: page.nextCursor,
    };
  }

  private async writePartners(tx: Tx, projectId: string, partners: readonly PartnerInRole[]): Promise<void> {
    if (partners.length === 0) return;
    await tx.getRepository(ProjectPartner).insert(
      partners.map((p, position) =>
        Object.assign(new ProjectPartner(), {
          projectId,
          organisationId: p.organisationId,
          role: p.role,
          position,
        }),
      ),
    );
  }

  private async loadIn(tx: Tx, id: string): Promise<ProjectWithPartners> {
    return {
      project: await tx.getRepository(Project).findOneByOrFail({ id }),
      partners: await tx
        .getRepository(ProjectPartner)
        .find({ where: { projectId: id }, order: { position: 'ASC' } }),
    };
  }

  private async partnersOf(projectIds: string[]): Promise<ProjectPartner[]> {
    if (projectIds.length === 0) return [];
    return this.partners.find({ where: { projectId: In(projectIds) }, order: { position: 'ASC' } });
  }
}
