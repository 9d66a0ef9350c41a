import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FacilitatorRepository } from './facilitator.repository';
import { ProgrammeFacilitator } from './programme-facilitator.entity';
import { ProgrammeDirectory } from './programme-directory';
import { Programme } from './programme.entity';
import { ProgrammeRepository } from './programme.repository';

/** The programme lookups every feature needs (ProgrammeDirectory); the programmes' own endpoints are ProgrammeModule. */
@Module({
  imports: [TypeOrmModule.forFeature([Programme, ProgrammeFacilitator])],
  providers: [ProgrammeRepository, FacilitatorRepository, ProgrammeDirectory],
  exports: [ProgrammeDirectory],
})
export class ProgrammeDirectoryModule {}
