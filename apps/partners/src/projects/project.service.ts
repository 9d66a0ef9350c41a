import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { newId, Transactions, type Page } from '@linkage/database';
import { isOrderedRange } from '@linkage/errors';
import { Injectable } from '@nestjs/common';
import { PartnersAccess, type PartnersAction } from '../access/partners.access';
import { OrganisationDirectory, type OrganisationListing } from '../organisations/organisation-directory';
import { ProjectActivity, projectTotals } from './project-activity';
import type {
  CreateProjectDto,
  ListProjectsQuery,
  ProjectDetailView,
  ProjectPartnerView,
  ProjectView,
  UpdateProjectDto,
} from './project.dto';
import { Project } from './project.entity';
import { ProjectError } from './project.error';
import { partnerListProblems, type PartnerInRole } from './project-partners.rule';
import { ProjectRepository, type ProjectWithPartners } from './project.repository';
import { canChangeStatus } from './project-status.rule';

@Injectable()
export class ProjectService {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly organisations: OrganisationDirectory,
    private readonly activity: ProjectActivity,
    private readonly access: PartnersAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async create(principal: Principal, input: CreateProjectDto): Promise<ProjectView> {
    await this.checkPartners(input.partners, []);
    const project = Object.assign(new Project(), {
      id: newId(),
      name: input.name,
      goal: input.goal,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      status: 'planned' as const,
      createdBy: principal.accountId,
    });
    const saved = await this.transactions.run(async (tx) => {
      const created = await this.projects.insert(tx, project, input.partners);
      await this.audit.record(
        {
          action: 'project.created',
          recordType: 'project',
          recordId: project.id,
          outcome: 'allowed',
          details: { partners: input.partners.length },
        },
        tx,
      );
      return created;
    });
    return this.view(saved);
  }

  async list(principal: Principal, query: ListProjectsQuery): Promise<Page<ProjectView>> {
    const page = await this.projects.list(await this.access.scope(principal, 'project.read'), query);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  /** The project page: partners in their roles, and the events the features that own them report. */
  async get(principal: Principal, id: string): Promise<ProjectDetailView> {
    const scope = await this.access.scope(principal, 'project.read');
    const found = (await this.projects.findById(scope, id)) ?? (await this.notFound('project.read', id));
    const events = await this.activity.eventsOf(id, principal);
    return { ...(await this.view(found)), events, summary: projectTotals(events) };
  }

  async update(principal: Principal, id: string, input: UpdateProjectDto): Promise<ProjectView> {
    const scope = await this.access.scope(principal, 'project.update');
    const { partners, ...fields } = input;
    const updated = await this.transactions.run(async (tx) => {
      const current = await this.projects.lock(tx, scope, id);
      if (!current) return null;
      const { project } = current;
      if (fields.status && !canChangeStatus(project.status, fields.status)) {
        throw new ProjectError(
          'PROJECT_STATUS_CHANGE_INVALID',
          `A ${project.status} project cannot become ${fields.status}.`,
          { from: project.status, to: fields.status },
        );
      }
      const startsOn = fields.startsOn ?? project.startsOn;
      const endsOn = fields.endsOn === undefined ? project.endsOn : fields.endsOn;
      if (endsOn !== null && !isOrderedRange(startsOn, endsOn, true)) {
        throw new ProjectError('PROJECT_DATES_INVALID', 'The project ends before it starts.', [
          { field: 'endsOn', messages: [`endsOn (${endsOn}) is before startsOn (${startsOn})`] },
        ]);
      }
      if (partners)
        await this.checkPartners(
          partners,
          current.partners.map((p) => p.organisationId),
        );
      const after = await this.projects.update(tx, id, fields, partners);
      await this.audit.record(
        {
          action: 'project.updated',
          recordType: 'project',
          recordId: id,
          outcome: 'allowed',
          details: { fields: Object.keys(input) },
        },
        tx,
      );
      return after;
    });
    return this.view(updated ?? (await this.notFound('project.update', id)));
  }

  /** Only a planned project that no event links to yet may go; any other is cancelled instead. */
  async delete(principal: Principal, id: string): Promise<void> {
    const scope = await this.access.scope(principal, 'project.delete');
    const deleted = await this.transactions.run(async (tx) => {
      const current = await this.projects.lock(tx, scope, id);
      if (!current) return false;
      const linked = (await this.activity.eventsOf(id, principal)).length;
      if (current.project.status !== 'planned' || linked > 0) {
        throw new ProjectError(
          'PROJECT_NOT_DELETABLE',
          `Only a planned project with no events can be deleted (this one is ${current.project.status}, with ${linked} events); cancel it instead.`,
        );
      }
      await this.projects.delete(tx, id);
      await this.audit.record(
        { action: 'project.deleted', recordType: 'project', recordId: id, outcome: 'allowed' },
        tx,
      );
      return true;
    });
    if (!deleted) await this.notFound('project.delete', id);
  }

  /**
   * The list is well formed (400), names only organisations in the directory (422), and adds no
   * suspended one (409); partners already in the project may stay though suspended since.
   */
  private async checkPartners(partners: readonly PartnerInRole[], already: readonly string[]): Promise<void> {
    const problems = partnerListProblems(partners);
    if (problems.length > 0)
      throw new ProjectError('PROJECT_PARTNERS_INVALID', 'The list of partners is not valid.', problems);
    const ids = partners.map((p) => p.organisationId);
    const found = await this.organisations.listings(ids);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new ProjectError(
        'PROJECT_ORGANISATION_UNKNOWN',
        `No organisation with id ${missing.join(', ')}.`,
        {
          missing,
        },
      );
    }
    const suspended = ids
      .filter((id) => !already.includes(id))
      .map((id) => found.get(id)!)
      .filter((o) => o.status === 'suspended');
    if (suspended.length > 0) {
      throw new ProjectError(
        'PROJECT_ORGANISATION_SUSPENDED',
        `A suspended organisation cannot join a project: ${suspended.map((o) => o.name).join(', ')}.`,
        { suspended: suspended.map((o) => o.id) },
      );
    }
  }

  private async view(found: ProjectWithPartners): Promise<ProjectView> {
    return (await this.views([found]))[0];
  }

  /** Partners with the directory's current names (a renamed organisation shows its new name). */
  private async views(found: ProjectWithPartners[]): Promise<ProjectView[]> {
    const listings = await this.organisations.listings(
      found.flatMap((f) => f.partners.map((p) => p.organisationId)),
    );
    const partnerView = (organisationId: string, role: ProjectPartnerView['role']): ProjectPartnerView => {
      const o: OrganisationListing | undefined = listings.get(organisationId);
      return {
        organisationId,
        name: o?.name ?? '',
        kind: o?.kind ?? 'other',
        organisationStatus: o?.status ?? 'active',
        role,
      };
    };
    return found.map(({ project: p, partners }) => ({
      id: p.id,
      name: p.name,
      goal: p.goal,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: p.status,
      partners: partners.map((pp) => partnerView(pp.organisationId, pp.role)),
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    }));
  }

  private notFound(action: PartnersAction, id: string): Promise<never> {
    return notFoundOrDenied(
      this.audit,
      { action, recordType: 'project', recordId: id, existsOutsideScope: () => this.projects.exists(id) },
      new ProjectError('PROJECT_NOT_FOUND', `No project with id ${id}.`),
    );
  }
}
