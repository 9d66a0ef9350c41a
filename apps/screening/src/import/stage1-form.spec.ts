import { checkStage1Rows, headerProblems, STAGE1_COLUMNS } from './stage1-form';

const context = {
  communities: new Set(['滨海路社区', '马山社区']),
  startsOn: '2026-09-01',
  endsOn: '2026-12-31',
  today: new Date('2026-11-28T02:00:00Z'),
};

/** A filled row as a screener writes it, with `changes` by header. */
function row(changes: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    社区: '滨海路社区',
    姓名: '王桂兰',
    性别: '女',
    出生日期: '1949-12-31',
    身份证号: '11010519491231002X',
    联系电话: '13906381234',
    文化程度: '小学',
    受教育年限: '6',
    知情者姓名: '王强',
    与老人关系: '儿子',
    已签知情同意: '是',
    筛查日期: '2026-10-17',
    'Mini-Cog 回忆（0–3）': '2',
    'Mini-Cog 画钟（0/2）': '2',
    筛查员: '张明远',
  };
  // AD8: three "yes" (positive), the rest "no".
  for (let i = 1; i <= 8; i++) base[`AD8 第${i}题`] = i <= 3 ? '是' : '否';
  return STAGE1_COLUMNS.map((c) => changes[c.header] ?? base[c.header]);
}

describe('the stage-1 paper form', () => {
  it('reads a good row: the resident, and both instruments scored', () => {
    const check = checkStage1Rows([row()], context);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.rows[0]).toMatchObject({
      community: '滨海路社区',
      sex: 'female',
      birthDate: '1949-12-31',
      idNumber: '11010519491231002X',
      education: { level: 'primary', years: 6 },
      informant: { name: '王强', relation: '儿子' },
      ad8: { version: 'AD8@1', total: 3, classification: 'positive' },
      miniCog: { version: 'MINI_COG@1', total: 4, classification: 'negative' },
    });
  });

  it('names every bad cell of every row, by spreadsheet row number, and imports none', () => {
    const check = checkStage1Rows(
      [
        row(),
        row({ 性别: 'F', 'Mini-Cog 画钟（0/2）': '1' }),
        row(),
        row({ 社区: '不存在社区', 身份证号: '110105194912310021' }),
      ],
      context,
    );
    expect(check).toEqual({
      ok: false,
      problems: [
        { row: 3, column: '性别', reason: '应为“男”或“女”' },
        { row: 3, column: 'Mini-Cog 画钟（0/2）', reason: '应为 0 或 2' },
        { row: 5, column: '社区', reason: '“不存在社区”不是本次筛查的社区' },
        { row: 5, column: '身份证号', reason: '校验码不符（可能抄错了）' },
      ],
    });
  });

  it('takes the Mini-Cog’s ranges from its definition: a clock of 1 is refused', () => {
    const check = checkStage1Rows([row({ 'Mini-Cog 画钟（0/2）': '1' })], context);
    expect(check).toEqual({
      ok: false,
      problems: [{ row: 2, column: 'Mini-Cog 画钟（0/2）', reason: '应为 0 或 2' }],
    });
  });

  it.each([
    [{ 姓名: '' }, '姓名', '必填'],
    [{ 出生日期: '1949/12/31' }, '出生日期', '应为 YYYY-MM-DD 格式的过去日期'],
    [{ 出生日期: '2027-01-01', 身份证号: '' }, '出生日期', '应为 YYYY-MM-DD 格式的过去日期'],
    [{ 出生日期: '1950-01-01' }, '身份证号', '与出生日期不符'],
    [{ 性别: '男' }, '身份证号', '与性别不符'],
    [{ 联系电话: '12345' }, '联系电话', '应为 11 位手机号'],
    [{ 身份证号: '1101051949123100' }, '身份证号', '应为 18 位：17 位数字加 1 位校验码（0–9 或 X）'],
    [{ 受教育年限: '六' }, '受教育年限', '应为 0–30 的整数'],
    [{ 已签知情同意: '否' }, '已签知情同意', '没有知情同意，不能录入筛查结果'],
    [{ 筛查日期: '2026-08-31' }, '筛查日期', '应为 2026-09-01 至 2026-12-31 之间的日期'],
    [{ 'AD8 第5题': '可能' }, 'AD8 第5题', '应为“是”“否”或“不知道”'],
    [{ 'Mini-Cog 回忆（0–3）': '4' }, 'Mini-Cog 回忆（0–3）', '应为 0–3 的整数'],
  ])('refuses %j: %s %s', (changes, column, reason) => {
    const check = checkStage1Rows([row(changes)], context);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toContainEqual({ row: 2, column, reason });
  });

  it('skips rows left empty and takes an optional ID number left out', () => {
    const empty = STAGE1_COLUMNS.map(() => ' ');
    const check = checkStage1Rows([empty, row({ 身份证号: '' })], context);
    expect(check.ok && check.rows.map((r) => r.idNumber)).toEqual([null]);
  });
});

describe('the template header', () => {
  it('accepts the template’s own header', () => {
    expect(headerProblems(STAGE1_COLUMNS.map((c) => c.header))).toEqual([]);
  });

  it('names a column out of place and one the template does not have', () => {
    const header = STAGE1_COLUMNS.map((c) => c.header);
    [header[0], header[1]] = [header[1], header[0]];
    header.push('备注');
    expect(headerProblems(header)).toEqual([
      { row: 1, column: '社区', reason: '第 1 列应为“社区”，实为“姓名”' },
      { row: 1, column: '姓名', reason: '第 2 列应为“姓名”，实为“社区”' },
      { row: 1, column: '备注', reason: '模板之外的列' },
    ]);
  });
});
