import ExcelJS from 'exceljs';
import { parseCsv, readXlsx, stage1Template } from './spreadsheet';
import { STAGE1_COLUMNS } from './stage1-form';

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    [
      'plain rows, CRLF',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a byte-order mark and LF',
      '\uFEFF社区,姓名\n滨海路社区,王桂兰',
      [
        ['社区', '姓名'],
        ['滨海路社区', '王桂兰'],
      ],
    ],
    ['quotes, commas and line breaks inside', '"a,""b""","c\nd"\n', [['a,"b"', 'c\nd']]],
    ['empty cells', ',,x\n', [['', '', 'x']]],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('the XLSX template', () => {
  it('reads back as the form’s headers in order', async () => {
    const rows = await readXlsx(await stage1Template());
    expect(rows[0]).toEqual(STAGE1_COLUMNS.map((c) => c.header));
  });
});

describe('readXlsx', () => {
  it('keeps Chinese text whole across the chunks the streaming reader inflates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('初筛登记');
    const rows = Array.from({ length: 3000 }, (_, i) => [`初家社区${i}`, '小学', `王桂兰${i}`]);
    rows.forEach((r) => sheet.addRow(r));
    const read = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read).toEqual(rows);
  });
});
