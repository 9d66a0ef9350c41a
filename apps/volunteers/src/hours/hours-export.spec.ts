import ExcelJS from 'exceljs';
import { hoursCsv, hoursXlsx } from './hours-export';
import type { HoursExportRow } from './hours.repository';

const row = (extra: Partial<HoursExportRow> = {}): HoursExportRow => ({
  id: 'r1',
  serviceDate: '2026-03-01',
  volunteerName: '张三',
  studentNumber: 'S2023001',
  shiftTitle: '社区消防安全宣传',
  venue: '南山社区, 服务中心',
  teamName: null,
  hours: '3.50',
  status: 'verified',
  recordedBy: null,
  verifiedBy: 'acc',
  ...extra,
});

describe('hours export', () => {
  it('writes CSV with a BOM, CRLF and quoting', () => {
    const csv = hoursCsv([row()]);
    expect(csv.startsWith('\uFEFF日期 Date,')).toBe(true);
    expect(csv).toContain(
      '2026-03-01,张三,S2023001,社区消防安全宣传,"南山社区, 服务中心",,3.50,verified,,acc,r1\r\n',
    );
  });

  it('keeps a name from becoming a formula', () => {
    expect(hoursCsv([row({ volunteerName: '=HYPERLINK("x")' })])).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('writes an XLSX workbook that reads back', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await hoursXlsx([row()])) as never);
    const sheet = workbook.getWorksheet('服务时长')!;
    expect(sheet.getRow(2).getCell(2).value).toBe('张三');
    expect(sheet.getRow(2).getCell(7).value).toBe(3.5);
  });
});
