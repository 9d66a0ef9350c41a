import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VolunteerController } from './volunteer.controller';
import { Volunteer } from './volunteer.entity';
import { VolunteerRepository } from './volunteer.repository';
import { VolunteerService } from './volunteer.service';

@Module({
  imports: [TypeOrmModule.forFeature([Volunteer])],
  controllers: [VolunteerController],
  providers: [VolunteerRepository, VolunteerService],
})
export class VolunteerModule {}
