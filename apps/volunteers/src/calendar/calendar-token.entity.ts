import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A volunteer's calendar feed token, kept only as its SHA-256; one per volunteer. */
@Entity('calendar_tokens')
export class CalendarToken {
  @PrimaryColumn({ name: 'volunteer_id', type: 'char', length: 36 })
  volunteerId: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
