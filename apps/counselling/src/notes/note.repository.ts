import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Note } from './note.entity';

/** Notes are only ever added (append-only): there is no update or delete here on purpose. */
@Injectable()
export class NoteRepository {
  constructor(@InjectRepository(Note) private readonly notes: Repository<Note>) {}

  async insert(tx: Tx, note: Note): Promise<Note> {
    await tx.getRepository(Note).insert(note);
    return tx.getRepository(Note).findOneByOrFail({ id: note.id });
  }

  /** The programme's notes in writing order (the caller has been allowed the programme). */
  ofProgramme(programmeId: string): Promise<Note[]> {
    return this.notes.find({ where: { programmeId }, order: { id: 'ASC' } });
  }

  find(programmeId: string, id: string): Promise<Note | null> {
    return this.notes.findOneBy({ programmeId, id });
  }
}
