import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Note } from './note.entity';

export class WriteNoteDto {
  @ApiProperty({ example: '本次活动气氛较好，两位组员分享了应对烟瘾的方法。', maxLength: 10000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  body: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The session it is about' })
  @IsOptional()
  @IsUUID('all')
  sessionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The member it is about' })
  @IsOptional()
  @IsUUID('all')
  enrolmentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The note this one corrects (notes are never edited)' })
  @IsOptional()
  @IsUUID('all')
  correctsId?: string;
}

export class NoteView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) sessionId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) enrolmentId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) correctsId: string | null;
  @ApiProperty({ format: 'uuid' }) authorId: string;
  @ApiProperty({ example: '李老师' }) authorName: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'The text: for the programme’s counsellors only; null for admins, who see that the note exists',
  })
  body: string | null;
  @ApiProperty({ description: 'Whether `body` is shown to the caller' }) contentVisible: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static of(n: Note, body: string | null): NoteView {
    return {
      id: n.id,
      programmeId: n.programmeId,
      sessionId: n.sessionId,
      enrolmentId: n.enrolmentId,
      correctsId: n.correctsId,
      authorId: n.authorId,
      authorName: n.authorName,
      body,
      contentVisible: body !== null,
      createdAt: n.createdAt.toISOString(),
    };
  }
}
