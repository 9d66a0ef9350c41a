import { ApiError } from '../../api/client';

export interface ImportProblem {
  row: number;
  column: string;
  reason: string;
}

/** What a refused import tells the coordinator: every bad row, the file too large, of the wrong type… */
export type ImportRefusal =
  | { kind: 'rows'; problems: ImportProblem[] }
  | { kind: 'tooLarge' }
  | { kind: 'fileType' }
  | { kind: 'unreadable' }
  | { kind: 'other'; error: unknown };

/** The kinds of file the import takes, by the name's ending; anything else is refused before upload. */
const TYPES: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function importContentType(fileName: string): string | null {
  const ending = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return TYPES[ending] ?? null;
}

function isProblem(p: unknown): p is ImportProblem {
  const o = p as ImportProblem;
  return typeof o === 'object' && o !== null && typeof o.row === 'number' && typeof o.reason === 'string';
}

export function importRefusal(error: unknown): ImportRefusal {
  if (!(error instanceof ApiError)) return { kind: 'other', error };
  if (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE') return { kind: 'tooLarge' };
  switch (error.code) {
    case 'IMPORT_ROWS_INVALID': {
      const problems = (error.details as { problems?: unknown[] } | undefined)?.problems ?? [];
      return {
        kind: 'rows',
        problems: problems
          .filter(isProblem)
          .map((p) => ({ row: p.row, column: String(p.column ?? ''), reason: p.reason }))
          .sort((a, b) => a.row - b.row),
      };
    }
    case 'IMPORT_FILE_TYPE_UNSUPPORTED':
    case 'UNSUPPORTED_MEDIA_TYPE':
      return { kind: 'fileType' };
    case 'IMPORT_FILE_UNREADABLE':
      return { kind: 'unreadable' };
    default:
      return { kind: 'other', error };
  }
}

/** The rows named, each once, in order: "第 3、7 行". */
export function badRows(problems: ImportProblem[]): number[] {
  return [...new Set(problems.map((p) => p.row))].sort((a, b) => a - b);
}
