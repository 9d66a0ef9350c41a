import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { AD8_OF_3, MOCA_OF_22 } from '../../apps/screening/test/pathway-fixtures';
import { DEMO_ACCOUNTS, DEMO_CAMPAIGN } from '../../scripts/demo/demo-data';
import { ACCOUNTS, Api } from './support/api';
import {
  expect,
  expectAccessible,
  LAPTOP,
  screenshot,
  signIn,
  signInQuickly,
  test,
} from './support/fixtures';

const HOSPITAL = DEMO_ACCOUNTS.find((a) => a.label === 'hospital')!;

/** A local date (Asia/Shanghai) `days` from today, YYYY-MM-DD. */
function inDays(days: number, from = Date.now()): string {
  return new Date(from + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Polls until `check` answers something truthy. */
async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  withinMs = 20_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The columns of the stage-1 paper form's template, in order (screening's STAGE1_COLUMNS). */
const COLUMNS = [
  '社区',
  '姓名',
  '性别',
  '出生日期',
  '身份证号',
  '联系电话',
  '文化程度',
  '受教育年限',
  '知情者姓名',
  '与老人关系',
  '已签知情同意',
  '筛查日期',
  ...Array.from({ length: 8 }, (_, i) => `AD8 第${i + 1}题`),
  'Mini-Cog 回忆（0–3）',
  'Mini-Cog 画钟（0/2）',
  '筛查员',
];

/** One row of the paper stage-1 form, as the template's Chinese columns; `over` replaces cells by header. */
function paperRow(name: string, over: Record<string, string> = {}): string[] {
  const cells: Record<string, string> = {
    社区: '滨海路社区',
    姓名: name,
    性别: '女',
    出生日期: '1950-05-05',
    身份证号: '',
    联系电话: '',
    文化程度: '小学',
    受教育年限: '6',
    知情者姓名: '张建国',
    与老人关系: '儿子',
    已签知情同意: '是',
    筛查日期: inDays(0),
    'Mini-Cog 回忆（0–3）': '2',
    'Mini-Cog 画钟（0/2）': '2',
    筛查员: '李晓雯',
    ...over,
  };
  return COLUMNS.map((header) => cells[header] ?? (header.startsWith('AD8') ? '否' : ''));
}

const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n');

/** Picks an option of the antd Select labelled `label` in `scope`. */
async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/**
 * The coordinator's screening desk in Chinese on a laptop: plan a campaign, schedule a session that
 * becomes volunteer shifts, read the demo campaign's dashboard, see an import with two bad rows refused
 * naming both; then the hospital's memory clinic accepts a referral and records its outcome.
 */
test.describe
  .serial('the screening desk: campaigns, sessions, dashboard, import, the hospital’s referrals', () => {
  test.use({ viewport: LAPTOP });

  const suffix = Date.now().toString(36).slice(-4);
  const campaignName = `“记忆礼包”滨海路补充筛查 ${suffix}`;
  const venue = `滨海路社区党群服务中心 ${suffix}`;
  let campaignId = '';
  let referralCampaignId = '';

  test('the coordinator plans a campaign and schedules a session; it is in the schedule and its shifts exist', async ({
    page,
  }) => {
    // The session's shifts come back through volunteers and JetStream: more than the default on a busy machine.
    test.setTimeout(180_000);
    await signIn(page, ACCOUNTS.coordinator.email, ACCOUNTS.coordinator.password);
    await page.getByRole('navigation', { name: '主导航' }).getByText('筛查活动').click();
    await expect(page.getByRole('heading', { level: 1, name: '筛查活动' })).toBeVisible();
    await expect(page.getByRole('link', { name: DEMO_CAMPAIGN.name })).toBeVisible();

    await page.getByRole('button', { name: '新建活动' }).click();
    const drawer = page.getByRole('dialog', { name: '新建筛查活动' });
    await drawer.getByLabel('活动名称').fill(campaignName);
    await drawer.getByPlaceholder('开始', { exact: true }).click();
    await drawer.getByPlaceholder('开始', { exact: true }).fill(inDays(-7));
    await drawer.getByPlaceholder('开始', { exact: true }).press('Enter');
    await drawer.getByPlaceholder('结束', { exact: true }).fill(inDays(60));
    await drawer.getByPlaceholder('结束', { exact: true }).press('Enter');
    await drawer.getByLabel('第 1 个社区', { exact: true }).fill('滨海路社区');
    await drawer.getByLabel('第 1 个社区的目标人数').fill('120');
    await drawer.getByRole('button', { name: '添加社区' }).click();
    await drawer.getByLabel('第 2 个社区', { exact: true }).fill('黄海路社区');
    await drawer.getByLabel('第 2 个社区的目标人数').fill('100');
    await expect(drawer.getByText('合计目标 220 人')).toBeVisible();
    await page.getByRole('button', { name: '保存' }).click();

    await expect(page.getByRole('heading', { level: 1, name: campaignName })).toBeVisible();
    campaignId = /\/c\/campaigns\/([0-9a-f-]{36})/.exec(page.url())![1];
    await expect(page.getByText('滨海路社区 120、黄海路社区 100')).toBeVisible();
    await expect(page.getByText('草稿')).toBeVisible();

    await page.getByRole('tab', { name: '筛查场次' }).click();
    await expect(page).toHaveURL(new RegExp(`/c/campaigns/${campaignId}/sessions$`));
    await page.getByRole('button', { name: '安排场次' }).click();
    const form = page.getByRole('dialog', { name: '安排筛查场次' });
    await choose(page, form, '社区', '滨海路社区');
    await form.getByLabel('地点').fill(venue);
    await form.getByLabel('地址').fill('烟台市莱山区滨海路 88 号');
    const day = inDays(3);
    await form.getByPlaceholder('开始', { exact: true }).click();
    await form.getByPlaceholder('开始', { exact: true }).fill(`${day} 09:00`);
    await form.getByPlaceholder('开始', { exact: true }).press('Enter');
    await form.getByPlaceholder('结束', { exact: true }).fill(`${day} 11:30`);
    await form.getByPlaceholder('结束', { exact: true }).press('Enter');
    // A new session asks for two trained screeners (认知筛查) by default.
    await expect(form.getByLabel('第 1 个岗位名称')).toHaveValue('筛查员');
    await page.getByRole('button', { name: '保存' }).click();

    const row = page.getByRole('row').filter({ hasText: venue });
    await expect(row).toBeVisible();
    await expect(row).toContainText('滨海路社区');
    await expect(row).toContainText('09:00–11:30');
    await expect(row).toContainText('筛查员 × 2（认知筛查）');
    await expect(row).toContainText('已确认 0 / 需要 2');
    await expect(row).toContainText('已安排');

    // Volunteers made the session's shift, requiring the screener's certificate.
    const coordinator = await Api.signIn(process.env.E2E_BASE_URL!, ACCOUNTS.coordinator);
    const sessions = await coordinator.get<{ items: { id: string; venue: { name: string } }[] }>(
      `/api/campaigns/${campaignId}/sessions`,
    );
    const sessionId = sessions.items.find((s) => s.venue.name === venue)!.id;
    const shifts = await eventually(async () => {
      const page = await coordinator.get<{
        items: {
          id: string;
          source: { id: string | null };
          requiredCertifications: string[];
          capacity: number;
        }[];
      }>('/api/shifts?limit=100&sourceType=screening_session');
      const found = page.items.filter((s) => s.source.id === sessionId);
      return found.length ? found : undefined;
    });
    expect(shifts.map((s) => [s.capacity, s.requiredCertifications])).toEqual([[2, ['认知筛查']]]);
    // …and its staffing comes back to the schedule (volunteers counts the shift), with a link to the shift.
    await eventually(async () => {
      const session = await coordinator.get<{ staffing: { shifts: unknown[] } }>(
        `/api/sessions/${sessionId}`,
      );
      return session.staffing.shifts.length > 0;
    }, 60_000);
    await page.reload();
    await expect(
      page.getByRole('row').filter({ hasText: venue }).getByRole('link', { name: '班次 1' }),
    ).toBeVisible();
    await screenshot(page, 'laptop-screening-sessions');
    await expectAccessible(page);
    await page.getByRole('row').filter({ hasText: venue }).getByRole('link', { name: '班次 1' }).click();
    await expect(page).toHaveURL(new RegExp(`/c/shifts/${shifts[0].id}$`));
  });

  test('the dashboard of the demo campaign: charts of screened vs target, positive rates, the referral funnel', async ({
    page,
  }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.goto('/c/campaigns');
    await page.getByRole('link', { name: DEMO_CAMPAIGN.name }).click();
    await expect(page.getByRole('heading', { level: 1, name: DEMO_CAMPAIGN.name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '筛查数据' })).toBeVisible();
    for (const chart of ['各社区已筛查与目标', '阳性率', '转介进展', '按年龄段', '按性别']) {
      const figure = page.getByRole('img', { name: chart, exact: true });
      await expect(figure).toBeVisible();
      await expect(figure.locator('canvas')).toHaveCount(1);
    }
    for (const figure of ['已筛查', '初筛阳性率', '复筛阳性率', '转介未结', '转介逾期', '待随访'])
      await expect(page.getByText(figure, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/^已转介：\d+$/)).toBeVisible();
    await expect(page.getByRole('button', { name: '导出 CSV' })).toBeVisible();
    await screenshot(page, 'laptop-screening-dashboard');
    await expectAccessible(page);
  });

  test('an import with two bad rows is refused naming both rows, and nothing is imported', async ({
    page,
  }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.goto(`/c/campaigns/${campaignId}/import`);
    await expect(page.getByRole('heading', { level: 1, name: `纸质表导入 · ${campaignName}` })).toBeVisible();
    const file = csv([
      COLUMNS,
      paperRow('陈淑华'),
      paperRow('刘桂英', { 性别: '女性' }),
      paperRow('赵玉梅', { 筛查日期: '2026-13-45' }),
    ]);
    await page.locator('input[type=file]').setInputFiles({
      name: '滨海路初筛纸质表.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${file}`, 'utf8'),
    });
    await expect(
      page.getByRole('alert').filter({ hasText: '有问题的行共 2 行，未导入任何数据' }),
    ).toBeVisible();
    await expect(page.getByText(/第 3、4 行/)).toBeVisible();
    const problems = page.getByRole('table', { name: '问题清单' });
    await expect(problems.getByRole('row').filter({ hasText: '性别' })).toContainText('3');
    await expect(problems.getByRole('row').filter({ hasText: '筛查日期' })).toContainText('4');
    await screenshot(page, 'laptop-screening-import-refused');
    await expectAccessible(page);

    const coordinator = await Api.signIn(process.env.E2E_BASE_URL!, ACCOUNTS.coordinator);
    const residents = await coordinator.get<{ items: unknown[] }>(
      `/api/residents?campaignId=${campaignId}&reason=${encodeURIComponent('端到端测试核对导入')}`,
    );
    expect(residents.items).toEqual([]);
  });

  test('the hospital accepts a referral and records the diagnosis; the outcome reaches the resident’s pathway', async ({
    page,
  }) => {
    // Setting the scene through the API and the round trips through JetStream take a while on a busy machine.
    test.setTimeout(180_000);
    // The scene, set through the API as the station would: a resident positive at both stages.
    const base = process.env.E2E_BASE_URL!;
    const coordinator = await Api.signIn(base, ACCOUNTS.coordinator);
    const hospitalId = (
      await coordinator.get<{ items: { id: string; name: string }[] }>(
        '/api/organisations?kind=hospital&limit=100',
      )
    ).items.find((o) => o.name === HOSPITAL.displayName)!.id;
    const campaign = await coordinator.post<{ id: string }>('/api/campaigns', {
      name: `“记忆礼包”转介演练 ${suffix}`,
      startsOn: inDays(-30),
      endsOn: inDays(60),
      partnerOrganisationIds: [hospitalId],
      targets: [{ community: '滨海路社区', target: 50 }],
    });
    referralCampaignId = campaign.id;
    const residentName = `王桂兰${suffix}`;
    const resident = await coordinator.post<{ id: string }>('/api/residents', {
      campaignId: campaign.id,
      name: residentName,
      sex: 'female',
      birthDate: '1952-03-12',
      phone: '13805351234',
      community: '滨海路社区',
      education: { level: 'junior_secondary', years: 9 },
      consents: ['screening', 'data_processing', 'hospital_sharing'].map((kind) => ({
        kind,
        granted: true,
        textVersion: '2026.1',
      })),
    });
    const enter = (version: string, answers: object, administeredAt: string) =>
      coordinator.post(`/api/residents/${resident.id}/results`, {
        clientId: randomUUID(),
        version,
        answers,
        administeredAt,
      });
    await enter('AD8@1', AD8_OF_3, new Date(Date.now() - 15 * 86_400_000).toISOString());
    await enter('MOCA@1', MOCA_OF_22, new Date(Date.now() - 3_600_000).toISOString());
    const hospitalApi = await Api.signIn(base, HOSPITAL);
    const pathway = await coordinator.get<{ referrals: { id: string }[] }>(
      `/api/residents/${resident.id}/pathway`,
    );
    const item = await eventually(async () => {
      const inbox = await hospitalApi.get<{ items: { itemId: string; details: { pseudonym: string } }[] }>(
        '/api/inbox?kind=screening_referral&limit=100',
      );
      return inbox.items.find((i) => i.itemId === pathway.referrals[0].id);
    });
    const pseudonym = item.details.pseudonym;

    await signIn(page, HOSPITAL.email, HOSPITAL.password);
    await page.getByRole('navigation', { name: '主导航' }).getByText('筛查转介').click();
    await expect(page.getByRole('heading', { level: 1, name: '筛查转介' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: pseudonym });
    await expect(row).toContainText('滨海路社区');
    await expect(row).toContainText('女');
    await expect(row).toContainText('MoCA v1：23 分');
    await expect(page.getByText(residentName)).toHaveCount(0);
    await expect(page.getByText('13805351234')).toHaveCount(0);
    await screenshot(page, 'laptop-hospital-referrals');
    await expectAccessible(page);

    await row.getByRole('button', { name: '接收' }).click();
    const accept = page.getByRole('dialog');
    await accept.getByLabel('备注（如预约时间）').fill('已预约下周二上午记忆门诊');
    await accept.getByRole('button', { name: '接收' }).click();
    await expect(page.getByText('已保存')).toBeVisible();
    await page.getByRole('radiogroup', { name: '状态' }).getByText('跟进中').click();
    const accepted = page.getByRole('row').filter({ hasText: pseudonym });
    await accepted.getByRole('button', { name: '记录结果' }).click();
    const outcome = page.getByRole('dialog');
    await expect(outcome.getByRole('radio', { name: '已完成评估' })).toBeChecked();
    await choose(page, outcome, '诊断类别', '轻度认知障碍（MCI）');
    await outcome
      .getByLabel('医生建议（用于社区随访）')
      .fill('轻度认知障碍，建议三个月后复查，参加认知训练。');
    await outcome.getByRole('button', { name: '保存' }).click();
    await expect(outcome).toBeHidden();

    await page.getByRole('radiogroup', { name: '状态' }).getByText('已完成').click();
    const done = page.getByRole('row').filter({ hasText: pseudonym });
    await expect(done).toContainText('已完成');
    await done.getByRole('button', { name: /展开/ }).click();
    await expect(page.getByText(/轻度认知障碍（MCI） · 轻度认知障碍，建议三个月后复查/)).toBeVisible();

    const referral = await eventually(async () => {
      const r = (
        await coordinator.get<{
          referrals: { status: string; outcome: { diagnosisCategory: string; advice: string } | null }[];
        }>(`/api/residents/${resident.id}/pathway`)
      ).referrals[0];
      return r.status === 'completed' ? r : undefined;
    });
    expect(referral.outcome).toMatchObject({
      diagnosisCategory: 'diagnosed_mci',
      advice: '轻度认知障碍，建议三个月后复查，参加认知训练。',
    });

    // The hospital reads the campaign's figures too: one resident, so every count shows as hidden.
    await page.getByRole('navigation', { name: '主导航' }).getByText('筛查活动').click();
    await page.getByRole('link', { name: `“记忆礼包”转介演练 ${suffix}` }).click();
    await expect(page.getByRole('heading', { level: 2, name: '筛查数据' })).toBeVisible();
    await expect(page.getByText('为保护居民隐私，少于 5 人的数字显示为“<5”。')).toBeVisible();
    const binhai = page
      .getByRole('table', { name: '各社区数据' })
      .getByRole('row')
      .filter({ hasText: '滨海路社区' });
    await expect(binhai.getByRole('cell', { name: '<5' }).first()).toBeVisible();
    await expect(binhai).toContainText('50');
    await expect(page.getByRole('button', { name: '导出 CSV' })).toHaveCount(0);
    await screenshot(page, 'laptop-hospital-campaign-dashboard');
    await expectAccessible(page);
  });

  test('the work lists: a positive stage 1 is due a stage-2 re-check, linked to the resident', async ({
    page,
  }) => {
    const coordinator = await Api.signIn(process.env.E2E_BASE_URL!, ACCOUNTS.coordinator);
    const resident = await coordinator.post<{ id: string }>('/api/residents', {
      campaignId: referralCampaignId,
      name: `李淑珍${suffix}`,
      sex: 'female',
      birthDate: '1949-08-20',
      community: '滨海路社区',
      consents: ['screening', 'data_processing'].map((kind) => ({
        kind,
        granted: true,
        textVersion: '2026.1',
      })),
    });
    // The re-check is due 14 station days after the screening, which an hour ago may be yesterday there.
    const administeredAt = Date.now() - 3_600_000;
    await coordinator.post(`/api/residents/${resident.id}/results`, {
      clientId: randomUUID(),
      version: 'AD8@1',
      answers: AD8_OF_3,
      administeredAt: new Date(administeredAt).toISOString(),
    });

    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.goto(`/c/campaigns/${referralCampaignId}/tasks`);
    await expect(page.getByRole('heading', { level: 1, name: /^待办与逾期/ })).toBeVisible();
    const link = page.getByRole('link', { name: `居民 …${resident.id.slice(-8)}` });
    await expect(link).toHaveAttribute('href', `/c/residents/${resident.id}`);
    const row = page.getByRole('row').filter({ has: link });
    await expect(row).toContainText('滨海路社区');
    await expect(row).toContainText('待办');
    await expect(row).toContainText(
      inDays(14, administeredAt).replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日'),
    );
    // Nothing is late yet.
    await page.getByRole('switch', { name: '只看逾期' }).click();
    await expect(page.getByText('没有待办事项')).toBeVisible();
    await screenshot(page, 'laptop-screening-tasks');
    await expectAccessible(page);
  });
});
