// exceljs (~28 MB resident) is loaded on the first export, not with the service.
import type ExcelJSModule from 'exceljs';
import type { HoursExportRow } from './hours.repository';

/** Column headings in Chinese with English, as the station's forms have them. */
const COLUMNS: { header: string; key: keyof HoursExportRow; width: number }[] = [
  { header: '日期 Date', key: 'serviceDate', width: 12 },
  { header: '姓名 Name', key: 'volunteerName', width: 14 },
  { header: '学号 Student number', key: 'studentNumber', width: 16 },
  { header: '活动 Activity', key: 'shiftTitle', width: 28 },
  { header: '地点 Venue', key: 'venue', width: 28 },
  { header: '服务队 Team', key: 'teamName', width: 16 },
  { header: '时长 Hours', key: 'hours', width: 10 },
  { header: '状态 Status', key: 'status', width: 10 },
  { header: '记录人 Recorded by', key: 'recordedBy', width: 38 },
  { header: '核实人 Verified by', key: 'verifiedBy', width: 38 },
  { header: '记录号 Record', key: 'id', width: 38 },
];

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (Excel on Windows reads Chinese correctly only
 * with it), CRLF, quoted where needed; a cell starting with = + - @ is prefixed with ' so a name cannot
 * become a formula (CSV injection).
 */
export function hoursCsv(rows: readonly HoursExportRow[]): string {
  const lines = [COLUMNS.map((c) => csvCell(c.header))];
  for (const row of rows) lines.push(COLUMNS.map((c) => csvCell(row[c.key])));
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

export async function hoursXlsx(rows: readonly HoursExportRow[]): Promise<Buffer> {
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务时长');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow({ ...row, hours: Number(row.hours) });
  sheet.getColumn('hours').numFmt = '0.00';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function csvCell(value: string | null): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
