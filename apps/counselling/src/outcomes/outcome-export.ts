// exceljs (~28 MB resident) is loaded on the first export, not with the service.
import type ExcelJSModule from 'exceljs';
import type { GroupFigure } from './suppression';
import type { OutcomeFigures } from './outcome-report';

/** What a suppressed cell says: no number, the reason in Chinese and English. */
export const SUPPRESSED_TEXT = '少于5人，不显示 Suppressed (fewer than 5 people)';

const COLUMNS = [
  { header: '指标 Figure', key: 'figure', width: 44 },
  { header: '数值 Value', key: 'value', width: 30 },
  { header: '人数 People', key: 'n', width: 12 },
];

/**
 * The outcome report as XLSX for the counsellor: one row a figure, suppressed figures written as the
 * reason with no value and no count, exactly as the report answers them.
 */
export async function outcomesXlsx(title: string, figures: OutcomeFigures): Promise<Buffer> {
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('小组成效');
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  const add = (label: string, f: GroupFigure) =>
    sheet.addRow({ figure: label, value: f.suppressed ? SUPPRESSED_TEXT : f.value, n: f.n ?? '' });
  for (const m of figures.measures) {
    const name = m.instrument.toUpperCase();
    add(`${name} 前测均分 Mean before`, m.meanPre);
    add(`${name} 后测均分 Mean after`, m.meanPost);
    add(`${name} 平均变化 Mean change (after − before)`, m.meanChange);
    add(`${name} 改善比例 Share improved`, m.shareImproved);
  }
  for (const a of figures.abstinence) {
    add(`第${a.week}周7天点戒断率 7-day point-prevalence abstinence, week ${a.week}`, a.rate);
  }
  sheet.addRow({});
  sheet.addRow({ figure: title });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
