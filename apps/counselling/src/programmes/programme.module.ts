import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FacilitatorRepository } from './facilitator.repository';
import { ProgrammeFacilitator } from './programme-facilitator.entity';
import { ProgrammeDirectoryModule } from './programme-directory.module';
import { ProgrammeController } from './programme.controller';
import { Programme } from './programme.entity';
import { ProgrammeRepository } from './programme.repository';
import { ProgrammeService } from './programme.service';

@Module({
  imports: [TypeOrmModule.forFeature([Programme, ProgrammeFacilitator]), ProgrammeDirectoryModule],
  controllers: [ProgrammeController],
  providers: [ProgrammeRepository, FacilitatorRepository, ProgrammeService, Transactions],
})
export class ProgrammeModule {}
