import type { Principal } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { PartnersFacts } from '../access/partners.access';
import { OrganisationRoles } from '../members/organisation-roles';
import { OrganisationDirectory, type OrganisationListing } from '../organisations/organisation-directory';
import { ProjectDirectory } from '../projects/project-directory';
import type { EventRegistration } from './event-registration.entity';
import { EventRegistrationError } from './event-registration.error';

/**
 * Who takes part in an event, as the services that change events ask it: its organisation (name, status),
 * the joint project it links to, and the caller's role in their organisation (for the access rules).
 */
@Injectable()
export class EventParties {
  constructor(
    private readonly directory: OrganisationDirectory,
    private readonly projects: ProjectDirectory,
    private readonly roles: OrganisationRoles,
  ) {}

  /** The organisation, read on the transaction's connection when given one. */
  async organisation(id: string, tx?: Tx): Promise<OrganisationListing | undefined> {
    return (await this.directory.listings([id], tx)).get(id);
  }

  async nameOf(id: string, tx?: Tx): Promise<string> {
    return (await this.organisation(id, tx))?.name ?? '';
  }

  /** An event links only to a joint project its organisation takes part in. */
  async checkProject(event: EventRegistration): Promise<void> {
    if (event.projectId && !(await this.projects.roleOf(event.projectId, event.organisationId)))
      throw new EventRegistrationError(
        'EVENT_PROJECT_UNKNOWN',
        `The organisation takes no part in project ${event.projectId}.`,
        { projectId: event.projectId },
      );
  }

  /** What the access rules may ask about the caller beyond the token (their role in the organisation). */
  callerFacts(principal: Principal): PartnersFacts {
    return this.roles.factsFor(principal);
  }
}
