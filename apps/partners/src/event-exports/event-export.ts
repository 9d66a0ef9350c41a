// exceljs (~28 MB resident) is loaded on the first export, not with the service.
import type ExcelJSModule from 'exceljs';

/** One row per event: what it is, where it stands, how it is staffed and the hours its organisation confirmed. */
export interface EventExportRow {
  title: string;
  organisationName: string;
  kind: string;
  status: string;
  firstStartsAt: string;
  lastEndsAt: string;
  community: string;
  venue: string;
  occurrences: number;
  needed: number;
  confirmed: number;
  waitlisted: number;
  atRisk: string;
  confirmedHours: number;
  hoursConfirmed: number;
  hoursDisputed: number;
  id: string;
}

/** Column headings in Chinese with English, as the station's forms have them. */
const COLUMNS: { header: string; key: keyof EventExportRow; width: number }[] = [
  { header: '活动 Event', key: 'title', width: 28 },
  { header: '机构 Organisation', key: 'organisationName', width: 24 },
  { header: '类型 Kind', key: 'kind', width: 20 },
  { header: '状态 Status', key: 'status', width: 14 },
  { header: '开始 Starts', key: 'firstStartsAt', width: 18 },
  { header: '结束 Ends', key: 'lastEndsAt', width: 18 },
  { header: '社区 Community', key: 'community', width: 16 },
  { header: '地点 Venue', key: 'venue', width: 28 },
  { header: '场次 Occurrences', key: 'occurrences', width: 10 },
  { header: '需要 Needed', key: 'needed', width: 10 },
  { header: '已确认 Confirmed', key: 'confirmed', width: 10 },
  { header: '候补 Waitlisted', key: 'waitlisted', width: 10 },
  { header: '人手告急 At risk', key: 'atRisk', width: 10 },
  { header: '已认证时长 Certified hours', key: 'confirmedHours', width: 14 },
  { header: '已确认记录 Records confirmed', key: 'hoursConfirmed', width: 12 },
  { header: '有异议记录 Records disputed', key: 'hoursDisputed', width: 12 },
  { header: '编号 Id', key: 'id', width: 38 },
];

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (Excel on Windows reads Chinese correctly only
 * with it), CRLF, quoted where needed; a cell starting with = + - @ is prefixed with ' so a title cannot
 * become a formula (CSV injection).
 */
export function eventsCsv(rows: readonly EventExportRow[]): string {
  const lines = [COLUMNS.map((c) => csvCell(c.header))];
  for (const row of rows) lines.push(COLUMNS.map((c) => csvCell(row[c.key])));
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

export async function eventsXlsx(rows: readonly EventExportRow[]): Promise<Buffer> {
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('合作活动');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn('confirmedHours').numFmt = '0.00';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvCell(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
