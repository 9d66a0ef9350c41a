import { Module } from '@nestjs/common';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { TeamController } from './team.controller';
import { TeamMembershipRepository } from './team-membership.repository';
import { TeamRepository } from './team.repository';
import { TeamService } from './team.service';

/**
 * Teams. Exports the service: whether a team exists or is visible to the caller, and whom a volunteer
 * is in a team with (the sign-up rules). The access rules read memberships through MembershipSource,
 * which the service definition wires to TeamMembershipRepository.
 */
@Module({
  imports: [VolunteerModule],
  controllers: [TeamController],
  providers: [TeamMembershipRepository, TeamRepository, TeamService],
  exports: [TeamService],
})
export class TeamModule {}
