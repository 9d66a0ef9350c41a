import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Note } from './note.entity';

export class WriteNoteDto {
  @ApiProperty({ example: '本次活动气氛较好，两位组员分享了应对烟瘾的方法。', maxLength: 10000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  body: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The session it is about',
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  @IsOptional()
  @IsUUID('all')
  sessionId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The member it is about',
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  @IsOptional()
  @IsUUID('all')
  enrolmentId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The note this one corrects (notes are never edited)',
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  @IsOptional()
  @IsUUID('all')
  correctsId?: string;
}

export class NoteView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) id: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) programmeId: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  sessionId: string | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  enrolmentId: string | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e',
  })
  correctsId: string | null;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e' }) authorId: string;
  @ApiProperty({ example: '李老师' }) authorName: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'The text: for the programme’s counsellors only; null for admins, who see that the note exists',
    example: '本次活动气氛较好。',
  })
  body: string | null;
  @ApiProperty({ description: 'Whether `body` is shown to the caller', example: true })
  contentVisible: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T11:00:00.000Z' }) createdAt: string;

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
