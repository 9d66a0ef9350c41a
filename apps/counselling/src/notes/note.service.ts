import { AuditLog, type Principal } from '@linkage/auth';
import { FieldCipher } from '@linkage/crypto';
import { newId, Transactions } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { ProgrammeDirectory } from '../programmes/programme-directory';
import type { WriteNoteDto } from './note.dto';
import { Note } from './note.entity';
import { NoteError } from './note.error';
import { NoteRepository } from './note.repository';
import { NoteSubjects } from './note-subjects';

/** A note with its text when the caller may read it, null when they may only see that it exists. */
export interface ReadNote {
  note: Note;
  body: string | null;
}

/** The authenticated context of a note's ciphertext: a body copied to another row does not decrypt. */
const context = (id: string): string => `counselling.note:${id}`;

@Injectable()
export class NoteService {
  constructor(
    private readonly notes: NoteRepository,
    private readonly programmes: ProgrammeDirectory,
    private readonly subjects: NoteSubjects,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** Adds a note (a correction is a new note naming the one it corrects), encrypted, audited. */
  async write(principal: Principal, programmeId: string, input: WriteNoteDto): Promise<ReadNote> {
    await this.programmes.find(principal, 'note.write', programmeId);
    await this.subjects.check(principal, programmeId, input);
    if (input.correctsId && !(await this.notes.find(programmeId, input.correctsId))) {
      throw new NoteError('NOTE_NOT_FOUND', `No note with id ${input.correctsId} in this programme.`);
    }
    const id = newId();
    const body = this.cipher.encrypt(input.body, context(id));
    const note = await this.transactions.run(async (tx) => {
      const saved = await this.notes.insert(
        tx,
        Object.assign(new Note(), {
          id,
          programmeId,
          sessionId: input.sessionId ?? null,
          enrolmentId: input.enrolmentId ?? null,
          correctsId: input.correctsId ?? null,
          authorId: principal.accountId,
          authorName: principal.displayName,
          body,
          keyId: FieldCipher.kidOf(body),
        }),
      );
      await this.audit.record(
        { action: 'note.written', recordType: 'note', recordId: id, outcome: 'allowed' },
        tx,
      );
      return saved;
    });
    return { note, body: input.body };
  }

  /**
   * The programme's notes: with their text for its counsellors (each read audited), as bare entries
   * (author, time, subject) for admins, a 404 for anyone else.
   */
  async list(principal: Principal, programmeId: string): Promise<ReadNote[]> {
    const content = await this.programmes.allows(principal, 'note.read', programmeId);
    if (!content) await this.programmes.find(principal, 'note.list', programmeId);
    const notes = await this.notes.ofProgramme(programmeId);
    if (!content) return notes.map((note) => ({ note, body: null }));
    return Promise.all(notes.map((note) => this.read(note)));
  }

  async get(principal: Principal, programmeId: string, id: string): Promise<ReadNote> {
    const content = await this.programmes.allows(principal, 'note.read', programmeId);
    if (!content) await this.programmes.find(principal, 'note.list', programmeId);
    const note = await this.notes.find(programmeId, id);
    if (!note) throw new NoteError('NOTE_NOT_FOUND', `No note with id ${id} in this programme.`);
    return content ? this.read(note) : { note, body: null };
  }

  private async read(note: Note): Promise<ReadNote> {
    const body = this.cipher.decrypt(note.body, context(note.id));
    await this.audit.record({
      action: 'note.read',
      recordType: 'note',
      recordId: note.id,
      outcome: 'allowed',
    });
    return { note, body };
  }
}
