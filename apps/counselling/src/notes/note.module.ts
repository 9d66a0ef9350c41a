import { Transactions } from '@linkage/database';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FieldCipherModule } from '../crypto/field-cipher.module';
import { EnrolmentModule } from '../enrolments/enrolment.module';
import { ProgrammeDirectoryModule } from '../programmes/programme-directory.module';
import { SessionModule } from '../sessions/session.module';
import { NoteController } from './note.controller';
import { Note } from './note.entity';
import { NoteRepository } from './note.repository';
import { NoteService } from './note.service';
import { NoteSubjects } from './note-subjects';

/** Confidential notes, encrypted field by field with the keys from the configuration (libs/crypto). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Note]),
    ProgrammeDirectoryModule,
    EnrolmentModule,
    SessionModule,
    FieldCipherModule,
  ],
  controllers: [NoteController],
  providers: [NoteRepository, NoteService, NoteSubjects, Transactions],
})
export class NoteModule {}
