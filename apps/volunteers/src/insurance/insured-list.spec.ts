import ExcelJS from 'exceljs';
import { insuredListXlsx, insuredStatus, type InsuredPerson } from './insured-list';

const person = (sentAt: Date | null): InsuredPerson => ({
  volunteerId: 'v1',
  name: '李晓雯',
  studentNumber: '2023011234',
  mobile: '13805351234',
  department: '人文学院',
  confirmedAt: new Date('2026-11-01T00:00:00Z'),
  sentAt,
});
const sent = new Date('2026-11-02T00:00:00Z');

describe('insuredStatus', () => {
  it.each([
    ['no list sent yet: nobody is flagged', null, null, { onSentList: false, notCovered: false }],
    ['on the list sent', sent, sent, { onSentList: true, notCovered: false }],
    ['confirmed after the list went', null, sent, { onSentList: false, notCovered: true }],
  ])('%s', (_name, personSentAt, listSentAt, expected) => {
    expect(insuredStatus(person(personSentAt), listSentAt)).toEqual(expected);
  });
});

describe('insuredListXlsx', () => {
  it('lists each person with the activity and the policy, in Chinese', async () => {
    const file = await insuredListXlsx(
      [person(null), { ...person(null), name: 'Emily Chen', department: null }],
      { title: '冬季消防安全入户宣传', venue: '滨海路社区', startsOn: '2026-12-01', endsOn: '2026-12-01' },
      { insurer: '中国人寿', policyNumber: 'PA2026-001', coversFrom: '2026-12-01', coversTo: '2026-12-01' },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    const sheet = workbook.getWorksheet('被保险人清单')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '序号',
      '姓名',
      '学号',
      '院系',
      '手机号码',
      '活动名称',
      '活动地点',
      '活动日期',
      '保险公司',
      '保单号',
      '保险期间',
    ]);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      1,
      '李晓雯',
      '2023011234',
      '人文学院',
      '13805351234',
      '冬季消防安全入户宣传',
      '滨海路社区',
      '2026-12-01',
      '中国人寿',
      'PA2026-001',
      '2026-12-01 至 2026-12-01',
    ]);
    expect(sheet.getRow(3).getCell(2).value).toBe('Emily Chen');
    expect(sheet.rowCount).toBe(3);
  });
});
