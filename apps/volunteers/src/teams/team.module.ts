import { Module } from '@nestjs/common';
import { VolunteerModule } from '../volunteers/volunteer.module';
import { TeamController } from './team.controller';
import { TeamMembershipRepository } from './team-membership.repository';
import { TeamRepository } from './team.repository';
import { TeamService } from './team.service';

/** Teams. Exports the membership lookups that shifts' access rules and sign-up rules build on. */
@Module({
  imports: [VolunteerModule],
  controllers: [TeamController],
  providers: [TeamMembershipRepository, TeamRepository, TeamService],
  exports: [TeamMembershipRepository, TeamRepository],
})
export class TeamModule {}
