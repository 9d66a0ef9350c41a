// exceljs (~28 MB resident) is loaded on the first export, not with the service.
import type ExcelJSModule from 'exceljs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { STAGE1_COLUMNS } from './stage1-form';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Reads CSV (RFC 4180: quoted cells with doubled quotes, commas and line breaks inside quotes; CRLF or
 * LF; a UTF-8 byte-order mark dropped) into rows of cells as text.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads the first worksheet of an XLSX with exceljs' streaming reader, row by row, so memory stays
 * bounded by the rows as text rather than the whole workbook's object model. Dates typed as dates come
 * back as YYYY-MM-DD; numbers as their digits.
 */
export async function readXlsx(file: Buffer): Promise<string[][]> {
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  decodeAcrossChunks(reader);
  const rows: string[][] = [];
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i += 1) cells.push(cellText(values[i]));
      rows[row.number - 1] = cells;
    }
    break; // the first worksheet only
  }
  return Array.from(rows, (r) => r ?? []);
}

/** The parts of exceljs' streaming reader the text of the workbook passes through (not in its types). */
interface ReaderInternals {
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

/**
 * exceljs' streaming reader decodes every inflated chunk of the XML on its own (a TextDecoder without
 * `stream`), so a Chinese character split between two chunks comes out as two U+FFFD and a community
 * name no longer matches. Its XML parser takes strings as they are, so the text is decoded here first,
 * with a StringDecoder that carries a split character over to the next chunk.
 */
function decodeAcrossChunks(reader: object): void {
  const internals = reader as ReaderInternals;
  const sharedStrings = internals._parseSharedStrings.bind(reader);
  const worksheet = internals._parseWorksheet.bind(reader);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return sharedStrings(entry);
  };
  internals._parseWorksheet = (iterator, sheetNo) => worksheet(utf8(iterator), sheetNo);
}

async function* utf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  const rest = decoder.end();
  if (rest) yield rest;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (v.richText) return v.richText.map((t) => t.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    return '';
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' ? value : '';
}

/** The template: the form's Chinese headers in order, every column text (so dates and ID numbers stay as typed). */
export async function stage1Template(): Promise<Buffer> {
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('初筛登记');
  sheet.columns = STAGE1_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(10, [...c.header].length * 2),
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
