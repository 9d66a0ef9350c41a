import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COUNSELLING_ROLES } from '../access/counselling.access';
import { EnrolmentError } from '../enrolments/enrolment.error';
import { ProgrammeError } from '../programmes/programme.error';
import { SessionError } from '../sessions/session.error';
import { NoteView, WriteNoteDto } from './note.dto';
import { NoteError } from './note.error';
import { NoteService } from './note.service';

@ApiTags('notes')
@ApiBearerAuth('bearer')
@Controller('programmes/:programmeId/notes')
export class NoteController {
  constructor(private readonly notes: NoteService) {}

  @Post()
  @HttpCode(201)
  @Roles(...COUNSELLING_ROLES['note.write'])
  @ApiOperation({
    summary: 'Add a confidential note about a session or a member (encrypted; corrections are new notes)',
  })
  @ApiCreatedResponse({ type: NoteView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  @ApiErrors(SessionError, 'SESSION_NOT_FOUND')
  @ApiErrors(EnrolmentError, 'ENROLMENT_NOT_FOUND')
  @ApiErrors(NoteError, 'NOTE_NOT_FOUND')
  async write(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Body() body: WriteNoteDto,
  ): Promise<NoteView> {
    const { note, body: text } = await this.notes.write(principal, programmeId, body);
    return NoteView.of(note, text);
  }

  @Get()
  @Roles(...COUNSELLING_ROLES['note.list'])
  @ApiOperation({
    summary: 'The programme’s notes: text for its counsellors (every read audited); admins see entries only',
  })
  @ApiOkResponse({ type: [NoteView] })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
  ): Promise<NoteView[]> {
    return (await this.notes.list(principal, programmeId)).map(({ note, body }) => NoteView.of(note, body));
  }

  @Get(':noteId')
  @Roles(...COUNSELLING_ROLES['note.list'])
  @ApiOperation({ summary: 'One note (its text for the programme’s counsellors, audited)' })
  @ApiOkResponse({ type: NoteView })
  @ApiErrors(ProgrammeError, 'PROGRAMME_NOT_FOUND')
  @ApiErrors(NoteError, 'NOTE_NOT_FOUND')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', new ParseUUIDPipe()) programmeId: string,
    @Param('noteId', new ParseUUIDPipe()) noteId: string,
  ): Promise<NoteView> {
    const { note, body } = await this.notes.get(principal, programmeId, noteId);
    return NoteView.of(note, body);
  }
}
