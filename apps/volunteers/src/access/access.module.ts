import { Global, Module } from '@nestjs/common';
import { TeamMembershipRepository } from '../teams/team-membership.repository';
import { VolunteersAccess } from './volunteers.access';

/**
 * The volunteers service's access decisions (volunteers.access.ts). Global like the audit log: every
 * feature asks it, and it depends on no feature module (it reads team memberships itself).
 */
@Global()
@Module({
  providers: [VolunteersAccess, TeamMembershipRepository],
  exports: [VolunteersAccess],
})
export class AccessModule {}
