import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A confidential note about a session or a member. Append-only: a correction is a new note naming the
 * one it corrects. `body` is ciphertext (libs/crypto), bound to the note's id; `keyId` is the key it was
 * written with, so notes under a retired key can be found and re-encrypted.
 */
@Entity('notes')
@Index('ix_notes_programme', ['programmeId', 'id'])
export class Note {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'programme_id', type: 'char', length: 36 })
  programmeId: string;

  @Column({ name: 'session_id', type: 'char', length: 36, nullable: true })
  sessionId: string | null;

  @Column({ name: 'enrolment_id', type: 'char', length: 36, nullable: true })
  enrolmentId: string | null;

  @Column({ name: 'corrects_id', type: 'char', length: 36, nullable: true })
  correctsId: string | null;

  @Column({ name: 'author_id', type: 'char', length: 36 })
  authorId: string;

  @Column({ name: 'author_name', type: 'varchar', length: 100 })
  authorName: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'key_id', type: 'varchar', length: 32 })
  keyId: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
