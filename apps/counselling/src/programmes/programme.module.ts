import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeController } from './programme.controller';
import { Programme } from './programme.entity';
import { ProgrammeRepository } from './programme.repository';
import { ProgrammeService } from './programme.service';

@Module({
  imports: [TypeOrmModule.forFeature([Programme])],
  controllers: [ProgrammeController],
  providers: [ProgrammeRepository, ProgrammeService],
})
export class ProgrammeModule {}
