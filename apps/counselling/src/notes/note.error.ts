import { moduleError } from '@linkage/errors';

export const NoteErrorCode = {
  NOTE_NOT_FOUND: 'not_found',
} as const;

export class NoteError extends moduleError(NoteErrorCode, {
  NOTE_NOT_FOUND: 'No note with id 0192b7e2-af6a-7b8c-9d9e-1f2a3b4c5d6e in this programme.',
}) {}
