import { moduleError } from '@linkage/errors';

export const ImportErrorCode = {
  IMPORT_ROWS_INVALID: 'unprocessable',
  IMPORT_FILE_TYPE_UNSUPPORTED: 'unprocessable',
  IMPORT_FILE_UNREADABLE: 'unprocessable',
} as const;

export class ImportError extends moduleError(ImportErrorCode, {
  IMPORT_ROWS_INVALID: {
    message: '2 rows of the file have problems: nothing was imported.',
    details: {
      problems: [
        { row: 3, column: '性别', reason: '应为“男”或“女”' },
        { row: 7, column: '筛查日期', reason: '应为 2026-09-01 至 2026-12-31 之间的日期' },
      ],
    },
  },
  IMPORT_FILE_TYPE_UNSUPPORTED:
    'Send the file as text/csv or as an XLSX workbook (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).',
  IMPORT_FILE_UNREADABLE: 'The file could not be read as an XLSX workbook.',
}) {}
