import {
  AD8_V1,
  MINI_COG_V1,
  type Education,
  type EducationLevel,
  type InstrumentDefinition,
  score,
  type Answers,
  type ScoredResult,
  readIdNumber,
  type IdNumberProblem,
} from '@linkage/screening-rules';

/**
 * The paper stage-1 form as a spreadsheet: one row per resident screened on a day without network. The
 * headers are Chinese, as the form is; the template offered for download has exactly these columns in
 * this order. A file is checked whole before anything is written, and every bad cell is named by row
 * (as the spreadsheet numbers it, the header being row 1), column and reason.
 */
export const STAGE1_COLUMNS = [
  { key: 'community', header: '社区', required: true },
  { key: 'name', header: '姓名', required: true },
  { key: 'sex', header: '性别', required: true },
  { key: 'birthDate', header: '出生日期', required: true },
  { key: 'idNumber', header: '身份证号', required: false },
  { key: 'phone', header: '联系电话', required: false },
  { key: 'educationLevel', header: '文化程度', required: true },
  { key: 'educationYears', header: '受教育年限', required: true },
  { key: 'informantName', header: '知情者姓名', required: false },
  { key: 'informantRelation', header: '与老人关系', required: false },
  { key: 'consent', header: '已签知情同意', required: true },
  { key: 'screenedOn', header: '筛查日期', required: true },
  ...AD8_V1.items.map((item, i) => ({ key: `ad8.${item.key}`, header: `AD8 第${i + 1}题`, required: true })),
  { key: 'miniCog.word_recall', header: 'Mini-Cog 回忆（0–3）', required: true },
  { key: 'miniCog.clock', header: 'Mini-Cog 画钟（0/2）', required: true },
  { key: 'screener', header: '筛查员', required: true },
] as const;

export type Stage1Column = (typeof STAGE1_COLUMNS)[number]['key'];

const SEXES: Record<string, 'male' | 'female'> = { 男: 'male', 女: 'female' };
const EDUCATION: Record<string, EducationLevel> = {
  文盲: 'none',
  未上学: 'none',
  小学: 'primary',
  初中: 'junior_secondary',
  高中: 'senior_secondary',
  中专: 'senior_secondary',
  大专: 'tertiary',
  本科: 'tertiary',
  大学: 'tertiary',
  研究生: 'tertiary',
};
const YES_NO: Record<string, boolean> = { 是: true, 否: false };
const AD8_ANSWERS: Record<string, string> = { 是: 'yes', 否: 'no', 不知道: 'unknown' };
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ID_PROBLEMS: Record<IdNumberProblem, string> = {
  shape: '应为 18 位：17 位数字加 1 位校验码（0–9 或 X）',
  check_digit: '校验码不符（可能抄错了）',
  birth_date: '其中的出生日期不存在',
};
const MOBILE = /^1[3-9]\d{9}$/;

export interface Stage1Row {
  community: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  idNumber: string | null;
  phone: string | null;
  education: Education;
  informant: { name: string; relation: string | null } | null;
  screenedOn: string;
  screener: string;
  ad8: ScoredResult;
  miniCog: ScoredResult;
  /** The answers as the engine took them (AD8: yes / no / unknown per item; Mini-Cog: points). */
  ad8Answers: Answers;
  miniCogAnswers: Answers;
}

export interface RowProblem {
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  column: string;
  reason: string;
}

export type Stage1Check = { ok: true; rows: Stage1Row[] } | { ok: false; problems: RowProblem[] };

export interface Stage1Context {
  /** The communities of the campaign, by name as the form writes them. */
  communities: ReadonlySet<string>;
  /** The campaign's period: a screening date outside it is a typo. */
  startsOn: string;
  endsOn: string;
  today: Date;
}

/** Checks the header row: the template's columns, in its order. */
export function headerProblems(header: readonly string[]): RowProblem[] {
  const problems: RowProblem[] = [];
  STAGE1_COLUMNS.forEach((column, i) => {
    const found = (header[i] ?? '').trim();
    if (found !== column.header) {
      problems.push({
        row: 1,
        column: column.header,
        reason: `第 ${i + 1} 列应为“${column.header}”，实为“${found}”`,
      });
    }
  });
  if (header.length > STAGE1_COLUMNS.length) {
    problems.push({ row: 1, column: header[STAGE1_COLUMNS.length], reason: '模板之外的列' });
  }
  return problems;
}

/**
 * Reads and checks every data row (cells as text, in the template's column order). All or nothing: the
 * rows come back only when no cell of any row has a problem. A row whose cells are all empty is skipped.
 */
export function checkStage1Rows(rows: readonly (readonly string[])[], context: Stage1Context): Stage1Check {
  const problems: RowProblem[] = [];
  const read: Stage1Row[] = [];
  rows.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return;
    const result = readRow(cells, index + 2, context);
    if ('problems' in result) problems.push(...result.problems);
    else read.push(result.row);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: read };
}

function readRow(
  cells: readonly string[],
  row: number,
  context: Stage1Context,
): { row: Stage1Row } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = new Map(STAGE1_COLUMNS.map((c, i) => [c.key, (cells[i] ?? '').trim()]));
  const problem = (key: string, reason: string): void => {
    problems.push({ row, column: STAGE1_COLUMNS.find((c) => c.key === key)!.header, reason });
  };
  for (const column of STAGE1_COLUMNS) {
    if (column.required && cell.get(column.key) === '') problem(column.key, '必填');
  }
  const get = (key: Stage1Column): string => cell.get(key) ?? '';

  const community = get('community');
  if (community && !context.communities.has(community))
    problem('community', `“${community}”不是本次筛查的社区`);
  const sex = SEXES[get('sex')];
  if (get('sex') && !sex) problem('sex', '应为“男”或“女”');
  const birthDate = isoDate(get('birthDate'));
  if (get('birthDate') && (!birthDate || birthDate > localToday(context.today))) {
    problem('birthDate', '应为 YYYY-MM-DD 格式的过去日期');
  }
  let idNumber: string | null = null;
  if (get('idNumber')) {
    const id = readIdNumber(get('idNumber'), context.today);
    if (!id.ok) problem('idNumber', ID_PROBLEMS[id.problem]);
    else {
      idNumber = id.facts.normalised;
      if (birthDate && id.facts.birthDate !== birthDate) problem('idNumber', '与出生日期不符');
      if (sex && id.facts.sex !== sex) problem('idNumber', '与性别不符');
    }
  }
  const phone = get('phone') || null;
  if (phone && !MOBILE.test(phone)) problem('phone', '应为 11 位手机号');
  const level = EDUCATION[get('educationLevel')];
  if (get('educationLevel') && !level)
    problem('educationLevel', `应为 ${Object.keys(EDUCATION).join('、')} 之一`);
  const years = wholeNumber(get('educationYears'));
  if (get('educationYears') && (years === null || years > 30)) problem('educationYears', '应为 0–30 的整数');
  const consent = YES_NO[get('consent')];
  if (get('consent') && consent === undefined) problem('consent', '应为“是”或“否”');
  if (consent === false) problem('consent', '没有知情同意，不能录入筛查结果');
  const screenedOn = isoDate(get('screenedOn'));
  if (get('screenedOn') && (!screenedOn || screenedOn < context.startsOn || screenedOn > context.endsOn)) {
    problem('screenedOn', `应为 ${context.startsOn} 至 ${context.endsOn} 之间的日期`);
  }

  const ad8: Record<string, string> = {};
  AD8_V1.items.forEach((item) => {
    const answer = get(`ad8.${item.key}`);
    if (answer && !AD8_ANSWERS[answer]) problem(`ad8.${item.key}`, '应为“是”“否”或“不知道”');
    else if (answer) ad8[item.key] = AD8_ANSWERS[answer];
  });
  const miniCog: Record<string, number> = {};
  for (const item of MINI_COG_V1.items) {
    if (item.kind !== 'points') continue;
    const text = get(`miniCog.${item.key}`);
    const value = wholeNumber(text);
    const allowed = item.allowed ?? null;
    const fits =
      value !== null && value >= item.min && value <= item.max && (!allowed || allowed.includes(value));
    if (text && !fits) {
      problem(
        `miniCog.${item.key}`,
        allowed ? `应为 ${allowed.join(' 或 ')}` : `应为 ${item.min}–${item.max} 的整数`,
      );
    } else if (value !== null) miniCog[item.key] = value;
  }
  if (problems.length > 0) return { problems };

  // Every cell read and in range: the instruments score it (a refusal here would be a bug in this file).
  const education: Education = { level: level, years: years! };
  const ad8Result = scoreOrThrow(AD8_V1, ad8);
  const miniCogResult = scoreOrThrow(MINI_COG_V1, miniCog);
  const informantName = get('informantName');
  return {
    row: {
      community,
      name: get('name'),
      sex: sex,
      birthDate: birthDate!,
      idNumber,
      phone,
      education,
      informant: informantName ? { name: informantName, relation: get('informantRelation') || null } : null,
      screenedOn: screenedOn!,
      screener: get('screener'),
      ad8: ad8Result,
      miniCog: miniCogResult,
      ad8Answers: ad8,
      miniCogAnswers: miniCog,
    },
  };
}

function scoreOrThrow(definition: InstrumentDefinition, answers: Answers): ScoredResult {
  const outcome = score(definition, { answers, consentRecorded: true });
  if (!outcome.ok)
    throw new Error(`${definition.version} refused a checked row: ${JSON.stringify(outcome.refusal)}`);
  return outcome.result;
}

function isoDate(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

function wholeNumber(text: string): number | null {
  return /^\d{1,3}$/.test(text) ? Number(text) : null;
}

/** Today in Asia/Shanghai as YYYY-MM-DD. */
function localToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
