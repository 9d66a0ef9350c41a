import { Injectable } from '@nestjs/common';
import type { ProjectRole } from './project-role';
import { ProjectRepository } from './project.repository';

/**
 * What other features of partners may ask about projects: the narrow query a partner event needs
 * before it links to a project (is the organisation a partner of it, in which role).
 */
@Injectable()
export class ProjectDirectory {
  constructor(private readonly projects: ProjectRepository) {}

  /** The organisation's role in the project, or null when it takes no part or there is no such project. */
  roleOf(projectId: string, organisationId: string): Promise<ProjectRole | null> {
    return this.projects.roleOf(projectId, organisationId);
  }
}
