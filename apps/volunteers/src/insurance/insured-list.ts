// exceljs (~28 MB resident) is loaded on the first export, not with the service.
import type ExcelJSModule from 'exceljs';

/**
 * Activity accident insurance for a shift: who is on the list sent to the insurer, and who was
 * confirmed after it went (flagged until a new list is sent), and the list as the insurer's XLSX.
 * Linkage keeps no resident ID numbers: the insurer's form takes them from the college's own roll.
 */

export interface InsuredPerson {
  volunteerId: string;
  name: string;
  studentNumber: string;
  mobile: string;
  department: string | null;
  confirmedAt: Date | null;
  /** When the list this person was on went to the insurer; null when not on any list sent. */
  sentAt: Date | null;
}

export interface InsuredStatus {
  onSentList: boolean;
  /** Confirmed on a shift whose list was sent, but not on it: not covered until the next list goes. */
  notCovered: boolean;
}

export function insuredStatus(person: InsuredPerson, listSentAt: Date | null): InsuredStatus {
  const onSentList = person.sentAt !== null;
  return { onSentList, notCovered: listSentAt !== null && !onSentList };
}

export interface InsuredListPolicy {
  insurer: string;
  policyNumber: string;
  coversFrom: string;
  coversTo: string;
}

export interface InsuredListShift {
  title: string;
  venue: string;
  startsOn: string;
  endsOn: string;
}

const COLUMNS = [
  { header: '序号', key: 'position', width: 6 },
  { header: '姓名', key: 'name', width: 12 },
  { header: '学号', key: 'studentNumber', width: 14 },
  { header: '院系', key: 'department', width: 18 },
  { header: '手机号码', key: 'mobile', width: 14 },
  { header: '活动名称', key: 'activity', width: 32 },
  { header: '活动地点', key: 'venue', width: 26 },
  { header: '活动日期', key: 'dates', width: 22 },
  { header: '保险公司', key: 'insurer', width: 18 },
  { header: '保单号', key: 'policyNumber', width: 20 },
  { header: '保险期间', key: 'period', width: 22 },
] as const;

export async function insuredListXlsx(
  people: readonly InsuredPerson[],
  shift: InsuredListShift,
  policy: InsuredListPolicy,
): Promise<Buffer> {
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('被保险人清单');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  const dates = shift.startsOn === shift.endsOn ? shift.startsOn : `${shift.startsOn} 至 ${shift.endsOn}`;
  people.forEach((p, i) =>
    sheet.addRow({
      position: i + 1,
      name: p.name,
      studentNumber: p.studentNumber,
      department: p.department ?? '',
      mobile: p.mobile,
      activity: shift.title,
      venue: shift.venue,
      dates,
      insurer: policy.insurer,
      policyNumber: policy.policyNumber,
      period: `${policy.coversFrom} 至 ${policy.coversTo}`,
    }),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
