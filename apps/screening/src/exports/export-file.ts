// exceljs (~28 MB resident) is loaded on the first export, not with the service.
import type ExcelJSModule from 'exceljs';

export interface ExportRow {
  pseudonym: string;
  community: string;
  birthYear: number;
  sex: string;
  stage: number;
  instrument: string;
  version: string;
  total: number;
  classification: string;
  screenedOn: string;
}

/** The export's columns: Chinese with English, as the station's other exports. */
const COLUMNS: { header: string; key: keyof ExportRow; width: number }[] = [
  { header: '编号 Pseudonym', key: 'pseudonym', width: 16 },
  { header: '社区 Community', key: 'community', width: 16 },
  { header: '出生年份 Birth year', key: 'birthYear', width: 10 },
  { header: '性别 Sex', key: 'sex', width: 8 },
  { header: '阶段 Stage', key: 'stage', width: 8 },
  { header: '量表 Instrument', key: 'instrument', width: 12 },
  { header: '版本 Version', key: 'version', width: 12 },
  { header: '总分 Total', key: 'total', width: 8 },
  { header: '结果 Result', key: 'classification', width: 10 },
  { header: '筛查日期 Date', key: 'screenedOn', width: 12 },
];

/** CSV with a byte-order mark (Excel reads the Chinese), CRLF; formula-like cells are neutralised. */
export function exportCsv(rows: readonly ExportRow[]): string {
  const lines = [COLUMNS.map((c) => csvCell(c.header))];
  for (const row of rows) lines.push(COLUMNS.map((c) => csvCell(String(row[c.key]))));
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

export async function exportXlsx(rows: readonly ExportRow[]): Promise<Buffer> {
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('筛查结果');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
