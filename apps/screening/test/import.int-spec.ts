import { loadConfig, ServiceConfig } from '@linkage/config';
import { mysqlServerOptions } from '@linkage/database';
import { principal, startTestService, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import ExcelJS from 'exceljs';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { STAGE1_COLUMNS } from '../src/import/stage1-form';
import { screeningService } from '../src/screening.service-definition';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A filled stage-1 paper form row, with `changes` by header. */
function form(n: number, changes: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    社区: n % 2 === 0 ? '滨海路社区' : '黄海路社区',
    姓名: `居民${n}号`,
    性别: n % 3 === 0 ? '男' : '女',
    出生日期: `19${40 + (n % 20)}-0${1 + (n % 9)}-1${n % 10}`,
    身份证号: '',
    联系电话: `1390638${String(1000 + n).padStart(4, '0')}`,
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
  // AD8: every third resident with three "yes" (positive), the others none.
  for (let i = 1; i <= 8; i++) base[`AD8 第${i}题`] = n % 3 === 0 && i <= 3 ? '是' : '否';
  return STAGE1_COLUMNS.map((c) => changes[c.header] ?? base[c.header]);
}

const csv = (rows: string[][]): Buffer =>
  Buffer.from(
    `\uFEFF${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`,
  );

describe('screening: importing paper stage-1 forms, exporting de-identified results', () => {
  let screening: TestService;
  let coordinator: HttpClient;
  let token: string;
  let db: Connection;
  let campaignId: string;

  const upload = async (file: Buffer, type: string) => {
    const response = await fetch(`${screening.url}/api/campaigns/${campaignId}/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: file,
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const download = async (path: string) => {
    const response = await fetch(`${screening.url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  };
  const count = async (table: string) => {
    const [rows] = await db.query<RowDataPacket[]>(
      `SELECT COUNT(*) AS n FROM ${table} WHERE campaign_id = ?`,
      [campaignId],
    );
    return Number(rows[0].n);
  };

  beforeAll(async () => {
    screening = await startTestService(screeningService);
    token = await tokenFor(principal('coordinator'));
    coordinator = screening.http.withToken(token);
    const config = loadConfig(ServiceConfig, screening.env);
    db = await createConnection({ ...mysqlServerOptions(config), database: config.MYSQL_DATABASE });
    const campaign = await coordinator.post('/api/campaigns', {
      name: '“记忆礼包”纸质表补录',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: [],
      targets: [
        { community: '滨海路社区', target: 120 },
        { community: '黄海路社区', target: 100 },
      ],
    });
    campaignId = campaign.body.id;
  });
  afterAll(async () => {
    await db?.end();
    await screening?.close();
  });

  it('offers the XLSX template, which comes back filled and imports (a round trip)', async () => {
    const template = await download(`/api/campaigns/${campaignId}/import-template`);
    expect(template.status).toBe(200);
    expect(template.type).toContain(XLSX_TYPE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as never);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(STAGE1_COLUMNS.map((c) => c.header));
    sheet.addRow(form(100));
    sheet.addRow(form(101, { 身份证号: '11010519491231002X', 出生日期: '1949-12-31', 性别: '女' }));
    const imported = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), XLSX_TYPE);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ rows: 2, residents: 2, results: 4, stage1Positive: 0 });
  });

  it('refuses a file with two bad rows, naming both, and writes nothing', async () => {
    const before = [await count('residents'), await count('screening_results')];
    const rows = [
      STAGE1_COLUMNS.map((c) => c.header),
      form(1),
      form(2, { 性别: 'F' }),
      form(3),
      form(4, { 筛查日期: '2027-01-05' }),
    ];
    const refused = await upload(csv(rows), 'text/csv');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('IMPORT_ROWS_INVALID');
    expect(refused.body.details.problems).toEqual([
      { row: 3, column: '性别', reason: '应为“男”或“女”' },
      { row: 5, column: '筛查日期', reason: '应为 2026-09-01 至 2026-12-31 之间的日期' },
    ]);
    expect([await count('residents'), await count('screening_results')]).toEqual(before);
  });

  it('imports a good file whole in one transaction, counted and followed along the pathway; the same file again changes nothing', async () => {
    const before = { residents: await count('residents'), results: await count('screening_results') };
    const rows = [STAGE1_COLUMNS.map((c) => c.header), ...Array.from({ length: 30 }, (_, i) => form(i + 1))];
    const file = csv(rows);
    const first = await upload(file, 'text/csv');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ rows: 30, residents: 30, results: 60, stage1Positive: 10 });
    expect(await count('residents')).toBe(before.residents + 30);
    expect(await count('screening_results')).toBe(before.results + 60);
    const [consents] = await db.query<RowDataPacket[]>(
      "SELECT COUNT(*) AS n FROM resident_consents c JOIN residents r ON r.id = c.resident_id WHERE r.campaign_id = ? AND c.text_version = 'paper form'",
      [campaignId],
    );
    expect(Number(consents[0].n)).toBe(2 * (before.residents + 30));
    const tasks = (await coordinator.get(`/api/campaigns/${campaignId}/tasks?kind=stage2`)).body.items;
    expect(tasks).toHaveLength(10);
    expect(tasks[0].dueOn).toBe('2026-10-31');
    const dashboard = (await coordinator.get(`/api/campaigns/${campaignId}/dashboard`)).body;
    expect(dashboard.totals.screened.value).toBe(32);
    expect(dashboard.totals.stage1Positive.value).toBe(10);

    const again = await upload(file, 'text/csv');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await count('residents')).toBe(before.residents + 30);
    // Another file with a resident already registered is refused, naming the row.
    const dup = await upload(csv([rows[0], form(31), rows[5]]), 'text/csv');
    expect(dup.status).toBe(422);
    expect(dup.body.details.problems).toEqual([
      { row: 3, column: '姓名', reason: '该居民已在本次筛查中登记' },
    ]);
  });

  it('exports the results de-identified: pseudonym, community, birth year; no names, ID numbers or phones', async () => {
    const exported = await download(`/api/campaigns/${campaignId}/export?format=csv`);
    expect(exported.status).toBe(200);
    const text = exported.body.toString('utf8');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toContain('编号 Pseudonym');
    expect(lines).toHaveLength(1 + 64);
    expect(text).not.toMatch(/居民\d+号/);
    expect(text).not.toContain('11010519491231002X');
    expect(text).not.toMatch(/1390638\d{4}/);
    expect(text).not.toContain('1949-12-31');
    expect(lines[1]).toMatch(/^R-[0-9A-F]{10},(滨海路社区|黄海路社区),19\d\d,[男女],1,/);
    const xlsx = await download(`/api/campaigns/${campaignId}/export?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    expect(workbook.worksheets[0].rowCount).toBe(65);
  });
});
