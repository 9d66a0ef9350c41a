import { Module } from '@nestjs/common';
import { VolunteerController } from './volunteer.controller';
import { VolunteerRepository } from './volunteer.repository';
import { VolunteerService } from './volunteer.service';

/** Profiles. Exports what sign-ups need: the repository's locks and the service's scoped lookups. */
@Module({
  controllers: [VolunteerController],
  providers: [VolunteerRepository, VolunteerService],
  exports: [VolunteerRepository, VolunteerService],
})
export class VolunteerModule {}
