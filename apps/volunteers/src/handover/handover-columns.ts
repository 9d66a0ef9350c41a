// exceljs (~28 MB resident) is loaded on the first export, not with the service.
import type ExcelJSModule from 'exceljs';
import { csvCell } from '../hours/hours-export';
import { starLevel } from '../hours/hours-rules';
import { localDateOf, localDateTimeOf } from '../time/local-date';

/**
 * The hand-over file: one row per verified service-time record, with the elements the national
 * standard for volunteer information systems names (《志愿服务信息系统基本规范》: volunteer, team,
 * service project, service time with its recorder and verifier, training, awards, certificate), so the
 * records can be entered into the national system "according to the unified data standard"
 * (民政部令第67号). docs/volunteer-handover.md maps each column to its element.
 */

/** One record as read for a hand-over, before it is turned into a row. */
export interface HandoverSource {
  hoursRecordId: string;
  volunteerId: string;
  volunteerName: string;
  nationalVolunteerNumber: string | null;
  studentNumber: string;
  teamName: string | null;
  activity: string;
  sourceType: string;
  venue: string;
  serviceDate: string;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  hours: string;
  recordedBy: string | null;
  recordedAt: Date;
  verifiedBy: string | null;
  verifierOrganisation: string | null;
  verifiedAt: Date | null;
}

/** What is known of a volunteer beyond the record: training, awards, certificates, verified hours. */
export interface VolunteerFacts {
  /** Certifications held (name, issue date) and trainings attended. */
  training: string[];
  /** Awards given by hand. */
  awards: string[];
  /** Certificates not revoked, oldest first. */
  certificates: { number: string; issuedOn: string }[];
  totalVerifiedHours: string;
}

export const HANDOVER_COLUMNS = [
  { key: 'position', header: '序号', element: '—', width: 6 },
  { key: 'volunteerName', header: '志愿者姓名', element: '志愿者', width: 12 },
  { key: 'nationalVolunteerNumber', header: '全国志愿者统一编号', element: '志愿者', width: 22 },
  { key: 'studentNumber', header: '学号', element: '志愿者（本单位编号）', width: 14 },
  { key: 'teamName', header: '志愿队伍', element: '志愿队伍', width: 20 },
  { key: 'activity', header: '服务项目（活动）名称', element: '服务项目', width: 32 },
  { key: 'source', header: '项目来源', element: '服务项目', width: 12 },
  { key: 'venue', header: '服务地点', element: '服务项目', width: 26 },
  { key: 'serviceDate', header: '服务日期', element: '服务时间', width: 12 },
  { key: 'startedAt', header: '开始时间', element: '服务时间', width: 17 },
  { key: 'endedAt', header: '结束时间', element: '服务时间', width: 17 },
  { key: 'hours', header: '服务时长（小时）', element: '服务时间', width: 10 },
  { key: 'recordedBy', header: '记录人', element: '服务时间（记录人）', width: 38 },
  { key: 'recordedAt', header: '记录时间', element: '服务时间（记录人）', width: 17 },
  { key: 'verifiedBy', header: '核实人（单位）', element: '服务时间（核实人）', width: 38 },
  { key: 'verifiedAt', header: '核实时间', element: '服务时间（核实人）', width: 17 },
  { key: 'training', header: '培训情况', element: '培训', width: 30 },
  { key: 'awards', header: '表彰奖励', element: '表彰奖励', width: 24 },
  { key: 'certificate', header: '服务证明编号', element: '证书', width: 16 },
  { key: 'hoursRecordId', header: '记录编号', element: '—', width: 38 },
] as const;

export type HandoverColumn = (typeof HANDOVER_COLUMNS)[number]['key'];
export type HandoverRow = Record<HandoverColumn, string>;

const SOURCES: Record<string, string> = {
  manual: '本站岗位',
  screening_session: '认知筛查场次',
  partner_event: '合作方活动',
};

const STARS = ['', '一星志愿者', '二星志愿者', '三星志愿者', '四星志愿者', '五星志愿者'];

/** One record as its row: local times, the certificate that covers it (the first issued on or after it). */
export function handoverRow(position: number, record: HandoverSource, facts: VolunteerFacts): HandoverRow {
  const stars = STARS[starLevel(facts.totalVerifiedHours).level];
  const certificate = facts.certificates.find((c) => c.issuedOn >= record.serviceDate);
  const verifier = [record.verifierOrganisation, record.verifiedBy].filter(Boolean).join(' / ');
  return {
    position: String(position),
    volunteerName: record.volunteerName,
    nationalVolunteerNumber: record.nationalVolunteerNumber ?? '',
    studentNumber: record.studentNumber,
    teamName: record.teamName ?? '',
    activity: record.activity,
    source: SOURCES[record.sourceType] ?? record.sourceType,
    venue: record.venue,
    serviceDate: record.serviceDate,
    startedAt: record.checkedInAt ? localDateTimeOf(record.checkedInAt) : '',
    endedAt: record.checkedOutAt ? localDateTimeOf(record.checkedOutAt) : '',
    hours: record.hours,
    recordedBy: record.recordedBy ?? '',
    recordedAt: localDateTimeOf(record.recordedAt),
    verifiedBy: verifier,
    verifiedAt: record.verifiedAt ? localDateTimeOf(record.verifiedAt) : '',
    training: facts.training.join('；'),
    awards: [...(stars ? [stars] : []), ...facts.awards].join('；'),
    certificate: certificate?.number ?? '',
    hoursRecordId: record.hoursRecordId,
  };
}

/** CSV as the hours export writes it: BOM, CRLF, formula-injection guard. */
export function handoverCsv(rows: readonly HandoverRow[]): string {
  const lines = [HANDOVER_COLUMNS.map((c) => csvCell(c.header))];
  for (const row of rows) lines.push(HANDOVER_COLUMNS.map((c) => csvCell(row[c.key])));
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/** XLSX with the batch's number and period on a second sheet. */
export async function handoverXlsx(
  rows: readonly HandoverRow[],
  batch: { number: string; periodFrom: string; periodTo: string; createdAt: Date },
): Promise<Buffer> {
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务记录');
  sheet.columns = HANDOVER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({ ...row, position: Number(row.position), hours: Number(row.hours) });
  }
  sheet.getColumn('hours').numFmt = '0.00';
  const about = workbook.addWorksheet('移交批次');
  about.addRows([
    ['移交批次号', batch.number],
    ['服务期间', `${batch.periodFrom} 至 ${batch.periodTo}`],
    ['记录条数', rows.length],
    ['生成日期', localDateOf(batch.createdAt)],
  ]);
  about.getColumn(1).width = 14;
  about.getColumn(2).width = 30;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** HO-YYYY-NNNN: the batch's registered number, one sequence per year. */
export function formatHandoverNumber(year: number, sequence: number): string {
  return `HO-${year}-${String(sequence).padStart(4, '0')}`;
}

export const HANDOVER_NUMBER = /^HO-\d{4}-\d{4,}$/;
