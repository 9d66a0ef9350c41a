import ExcelJS from 'exceljs';
import { eventsCsv, eventsXlsx, type EventExportRow } from './event-export';

const row: EventExportRow = {
  title: '=重阳节敬老探访, "二"',
  organisationName: '滨海路社区居委会',
  kind: 'elderly_care_visit',
  status: 'approved',
  firstStartsAt: '2026-12-05 09:00',
  lastEndsAt: '2026-12-05 11:30',
  community: '滨海路社区',
  venue: '滨海路社区党群服务中心',
  occurrences: 1,
  needed: 6,
  confirmed: 5,
  waitlisted: 1,
  atRisk: '否',
  confirmedHours: 7.5,
  hoursConfirmed: 3,
  hoursDisputed: 1,
  id: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c',
};

describe('event exports', () => {
  it('writes CSV with a BOM, CRLF, quoting and no formulas', () => {
    const csv = eventsCsv([row]);
    expect(csv.startsWith('\uFEFF活动 Event,')).toBe(true);
    const [, line] = csv.slice(1).split('\r\n');
    expect(line).toBe(
      `"'=重阳节敬老探访, ""二""",滨海路社区居委会,elderly_care_visit,approved,2026-12-05 09:00,2026-12-05 11:30,滨海路社区,滨海路社区党群服务中心,1,6,5,1,否,7.5,3,1,${row.id}`,
    );
  });

  it('writes an XLSX sheet with the same columns', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await eventsXlsx([row])) as never);
    const sheet = workbook.getWorksheet('合作活动')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('活动 Event');
    expect(sheet.getRow(2).getCell(2).value).toBe('滨海路社区居委会');
    expect(sheet.getRow(2).getCell(14).value).toBe(7.5);
  });
});
