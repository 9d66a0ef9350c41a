import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VolunteerAccess } from './volunteer.access';
import { VolunteerController } from './volunteer.controller';
import { Volunteer } from './volunteer.entity';
import { VolunteerRepository } from './volunteer.repository';
import { VolunteerService } from './volunteer.service';

@Module({
  imports: [TypeOrmModule.forFeature([Volunteer])],
  controllers: [VolunteerController],
  providers: [VolunteerAccess, VolunteerRepository, VolunteerService],
})
export class VolunteerModule {}
