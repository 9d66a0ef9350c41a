import type { Locator, Page } from '@playwright/test';
import { DEMO_CAMPAIGN, SCREENER_CERTIFICATE } from '../../scripts/demo/demo-data';
import { ACCOUNTS, Api } from './support/api';
import {
  expect,
  expectAccessible,
  LAPTOP,
  PHONE,
  screenshot,
  signIn,
  signInQuickly,
  test,
} from './support/fixtures';

const TABLET = { width: 800, height: 1100 };

/** `YYYY-MM-DD HH:mm` in Beijing time, `minutes` from now: what the session form's pickers take. */
function beijingMinute(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
const baseUrl = () => process.env.E2E_BASE_URL!;

/** A valid 18-character ID number (GB 11643) for a woman born on `birthDate`, from an address code in 莱山区. */
function idNumberOf(birthDate: string, sequence: number): string {
  const body = `370613${birthDate.replaceAll('-', '')}${String(sequence * 2).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, w, i) => total + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

/** A birth date in the 1940s–50s that differs per run, so a rerun registers new residents. */
function birthDateOfRun(offsetDays: number): string {
  const day = (Math.floor(Date.now() / 1000) % 7000) + offsetDays;
  return new Date(Date.UTC(1945, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

interface Resident {
  id: string;
  name: string;
}

/**
 * Chooses an option of an antd radio group as a person does, by tapping its label (antd hides the input
 * itself under the button), and checks it took.
 */
async function choose(scope: Locator | Page, name: string): Promise<void> {
  const radio = scope.getByRole('radio', { name, exact: true });
  await radio.locator('xpath=ancestor::label[1]').click();
  await expect(radio).toBeChecked();
}

/** Answers an item of an instrument form: the fieldset named by the item, the button of its answer. */
async function answer(form: Locator, item: string | RegExp, option: string): Promise<void> {
  await choose(form.getByRole('group', { name: item }), option);
}

const AD8_ITEMS = [
  '判断力出现问题',
  '对业余爱好、活动的兴趣下降',
  '反复重复相同的问题、故事或陈述',
  '学习使用工具或家用电器有困难',
  '记不清当前的月份或年份',
  '处理复杂的财务问题有困难',
  '记不住和别人的约定',
  '日常记忆和思考能力出现问题',
];

/** AD8 of 3: the first three items changed, the others not. */
async function enterAd8Of3(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: /AD8/ });
  for (const [i, item] of AD8_ITEMS.entries())
    await answer(form, new RegExp(item), i < 3 ? '是，有改变' : '否，无改变');
  await expect(form.getByRole('status')).toContainText('当前得分：3 / 8');
  await expect(form.getByRole('status')).toContainText('阳性');
  await form.getByRole('button', { name: '保存 AD8 结果' }).click();
}

/** MoCA of 22 (raw), item by item. */
const MOCA_OF_22: [string, number][] = [
  ['连线测验', 1],
  ['复制立方体', 1],
  ['画钟', 2],
  ['命名', 3],
  ['数字广度', 2],
  ['警觉性', 1],
  ['连续减 7', 2],
  ['句子复述', 1],
  ['词语流畅性', 0],
  ['抽象', 1],
  ['延迟回忆', 2],
  ['定向', 6],
];

interface Figures {
  screened: number;
  stage1Positive: number;
  stage2Done: number;
  stage2Positive: number;
  referralsCompleted: number;
  target: number | null;
}

/** 黄海路社区's figures on the campaign dashboard (the coordinator sees exact counts). */
async function dashboardOf(api: Api, campaignId: string): Promise<Figures> {
  type Figure = { value: number | null };
  const dashboard = await api.get<{
    communities: (Record<string, Figure> & { community: string; target: number | null })[];
  }>(`/api/campaigns/${campaignId}/dashboard`);
  const c = dashboard.communities.find((x) => x.community === '黄海路社区');
  const value = (key: string) => c?.[key]?.value ?? 0;
  return {
    screened: value('screened'),
    stage1Positive: value('stage1Positive'),
    stage2Done: value('stage2Done'),
    stage2Positive: value('stage2Positive'),
    referralsCompleted: value('referralsCompleted'),
    target: c?.target ?? null,
  };
}

const AD8_HEADERS = Array.from({ length: 8 }, (_, i) => `AD8 第${i + 1}题`);
/** The paper form's columns, as the import template has them. */
const STAGE1_HEADERS = [
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
  ...AD8_HEADERS,
  'Mini-Cog 回忆（0–3）',
  'Mini-Cog 画钟（0/2）',
  '筛查员',
];

/** One filled paper form (row n), with `changes` by column header. */
function paperForm(n: number, changes: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    社区: '黄海路社区',
    姓名: `纸质表居民${n}`,
    性别: '男',
    出生日期: `1950-03-${String(n).padStart(2, '0')}`,
    身份证号: '',
    联系电话: '',
    文化程度: '小学',
    受教育年限: '6',
    知情者姓名: '',
    与老人关系: '',
    已签知情同意: '是',
    筛查日期: '2026-10-17',
    'Mini-Cog 回忆（0–3）': '3',
    'Mini-Cog 画钟（0/2）': '2',
    筛查员: '张明远',
    ...Object.fromEntries(AD8_HEADERS.map((h) => [h, '否'])),
  };
  return STAGE1_HEADERS.map((h) => changes[h] ?? base[h]);
}

/**
 * The Memory Package walk in Chinese (issue 11's Done-when): the coordinator schedules a session, which
 * becomes a shift; the demo volunteer (a trained screener, 认知筛查) signs up and, during the session, on a
 * tablet, registers a resident with consent first and enters an AD8 of 3 (positive) and a Mini-Cog of 4;
 * the stage-2 task appears; the coordinator enters a MoCA of 22 with 9 years of education (23 adjusted,
 * positive), which becomes a referral in the hospital's inbox; the hospital returns an outcome; the
 * dashboard shows it all; an import with two bad rows is refused naming both. And offline: a resident
 * registered and screened without network is kept on the tablet and sent once when it returns.
 */
test.describe.serial('the Memory Package: screen, re-check, refer and back', () => {
  // Going offline on purpose: the page's failed requests are expected then.
  test.use({ allowConsole: [/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR/] });

  const run = Date.now().toString(36).slice(-4);
  const venue = `黄海路社区日间照料中心 ${run}`;
  let coordinator: Api;
  let campaignId = '';
  let sessionId = '';
  let shiftTitle = '';
  const resident: Resident = { id: '', name: '王桂兰' };
  const birthDate = birthDateOfRun(0);
  let before: Figures;

  test.beforeAll(async () => {
    coordinator = await Api.signIn(baseUrl(), ACCOUNTS.coordinator);
    const campaigns = await coordinator.get<{ items: { id: string; name: string }[] }>(
      '/api/campaigns?limit=100',
    );
    campaignId = campaigns.items.find((c) => c.name === DEMO_CAMPAIGN.name)!.id;
    before = await dashboardOf(coordinator, campaignId);
  });

  // The volunteer's later tests sign her up for today's walk shift: cancelling the session ends her place
  // here, so the two never overlap.
  test.afterAll(async () => {
    if (sessionId) await coordinator.post(`/api/sessions/${sessionId}/cancel`, { reason: '测试结束' });
  });

  test('the coordinator schedules a session at 黄海路社区 and it appears as a shift', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.setViewportSize(LAPTOP);
    await page.goto(`/c/campaigns/${campaignId}/sessions`);
    await page.getByRole('button', { name: '安排场次' }).click();
    const form = page.getByRole('dialog', { name: '安排筛查场次' });
    await form.getByLabel('社区', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '黄海路社区' }).first().click();
    await form.getByLabel('地点').fill(venue);
    await form.getByLabel('地址').fill('烟台市莱山区黄海路 16 号');
    // Starting in ten minutes: sign-ups are still open, and the screener's hour before has begun.
    await form.getByPlaceholder('开始', { exact: true }).click();
    await form.getByPlaceholder('开始', { exact: true }).fill(beijingMinute(10));
    await form.getByPlaceholder('开始', { exact: true }).press('Enter');
    await form.getByPlaceholder('结束', { exact: true }).fill(beijingMinute(130));
    await form.getByPlaceholder('结束', { exact: true }).press('Enter');
    // Two trained screeners (认知筛查), the form's default.
    await expect(form.getByLabel('第 1 个岗位名称')).toHaveValue('筛查员');
    await page.getByRole('button', { name: '保存' }).click();
    const row = page.getByRole('row').filter({ hasText: venue });
    await expect(row).toContainText('筛查员 × 2（认知筛查）');

    const sessions = await coordinator.get<{ items: { id: string; venue: { name: string } }[] }>(
      `/api/campaigns/${campaignId}/sessions?limit=100`,
    );
    sessionId = sessions.items.find((x) => x.venue.name === venue)!.id;
    // screening.session.scheduled.v1 → volunteers makes the role's shift.
    await expect
      .poll(
        async () => {
          const shifts = await coordinator.get<{
            items: { title: string; source: { id: string | null }; requiredCertifications: string[] }[];
          }>('/api/shifts?limit=100&sourceType=screening_session');
          const shift = shifts.items.find((x) => x.source.id === sessionId);
          shiftTitle = shift?.title ?? '';
          // Only trained screeners may take it.
          return shift?.requiredCertifications.includes(SCREENER_CERTIFICATE) ? shiftTitle : '';
        },
        { timeout: 20_000 },
      )
      .toContain('黄海路社区 认知筛查 · 筛查员');
  });

  test('the trained demo volunteer signs up for the shift', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.volunteer);
    await page.setViewportSize(PHONE);
    await page.goto('/v/shifts');
    const card = page.getByRole('region', { name: shiftTitle });
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: '报名' }).click();
    await expect(page.getByText('报名成功！')).toBeVisible();

    // The session is hers now (volunteers.assignment.confirmed.v1 reaches screening).
    await page.goto('/v/me');
    await page.getByRole('link', { name: '我的筛查场次' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我的筛查场次' })).toBeVisible();
    const mine = page.getByRole('region', { name: shiftTitle });
    await expect(mine.getByText('进行中')).toBeVisible();
    await screenshot(page, 'phone-screener-sessions');
    await expectAccessible(page);
  });

  test('during the session, registers a resident with consent first, then an AD8 of 3 and a Mini-Cog of 4', async ({
    page,
  }) => {
    await signInQuickly(page, ACCOUNTS.volunteer);
    await page.setViewportSize(TABLET);
    await page.goto('/v/screening');
    await page.getByRole('region', { name: shiftTitle }).getByRole('link', { name: '进入场次' }).click();
    await expect(page.getByText(`黄海路社区 · ${venue}`)).toBeVisible();
    // The screener's access begins once screening knows she is confirmed on the session.
    await expect(page.getByRole('button', { name: '登记居民' })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: '登记居民' }).click();

    // Consent first: nothing to fill in until screening and data processing are agreed.
    const consent = page.getByRole('region', { name: '知情同意（先于登记）' });
    await expect(consent.getByText('知情同意书版本：MP-2026.1')).toBeVisible();
    await expect(consent.getByRole('button', { name: '已取得同意，下一步' })).toBeDisabled();
    await consent.getByRole('checkbox', { name: '同意参加认知筛查' }).check();
    await consent.getByRole('checkbox', { name: '同意处理个人信息' }).check();
    await consent.getByRole('checkbox', { name: '同意向医院记忆门诊转介并共享筛查结果' }).check();
    await screenshot(page, 'tablet-screener-consent');
    await consent.getByRole('button', { name: '已取得同意，下一步' }).click();

    const form = page.getByRole('region', { name: '居民信息' });
    await form.getByLabel('姓名', { exact: true }).fill(resident.name);
    await choose(form, '女');
    await form.getByLabel('出生日期').fill(birthDate);
    // A mistyped ID number is caught at once, as the service would.
    const idNumber = idNumberOf(birthDate, 1);
    await form
      .getByLabel('身份证号（可选）')
      .fill(`${idNumber.slice(0, 17)}${idNumber[17] === '1' ? '2' : '1'}`);
    await form.getByLabel('联系电话（可选）').fill('13805351234');
    await form.getByRole('button', { name: '登记并开始初筛' }).click();
    await expect(form.getByText('身份证号校验位不正确，请核对')).toBeVisible();
    await form.getByLabel('身份证号（可选）').fill(idNumber);
    await form.getByLabel('知情者姓名').fill('李建国');
    await form.getByLabel('与居民关系').fill('儿子');
    await screenshot(page, 'tablet-screener-register');
    await form.getByRole('button', { name: '登记并开始初筛' }).click();

    const work = page.getByRole('region', { name: resident.name });
    await expect(work.getByRole('heading', { name: resident.name })).toBeVisible();
    await enterAd8Of3(page);
    await expect(work.getByText('AD8 得分 3')).toBeVisible();
    await expect(work.getByText('初筛阳性：约两周后安排复筛')).toBeVisible();

    const miniCog = page.getByRole('form', { name: /Mini-Cog/ });
    await answer(miniCog, /三个词回忆/, '2');
    await expect(miniCog.getByRole('status')).toContainText('当前得分：2 / 5');
    await answer(miniCog, /画钟/, '2');
    await expect(miniCog.getByRole('status')).toContainText('当前得分：4 / 5');
    await miniCog.getByRole('button', { name: '保存 Mini-Cog 结果' }).click();
    await expect(work.getByText('Mini-Cog 得分 4')).toBeVisible();
    await screenshot(page, 'tablet-screener-results');
    await expectAccessible(page);

    await work.getByRole('button', { name: '返回居民列表' }).click();
    const list = page.getByRole('region', { name: '本场次居民' });
    await expect(list.getByRole('button', { name: resident.name })).toBeVisible();
    await expect(page.getByText('全部已上传')).toBeVisible();

    const residents = await coordinator.get<{ items: { id: string; name: string; sessionId: string }[] }>(
      `/api/residents?campaignId=${campaignId}&limit=100&reason=${encodeURIComponent('核对测试')}`,
    );
    resident.id = residents.items.find((r) => r.sessionId === sessionId && r.name === resident.name)!.id;
  });

  test('offline, a resident and their AD8 are kept on the tablet and sent once the network returns', async ({
    page,
    context,
  }) => {
    await signInQuickly(page, ACCOUNTS.volunteer);
    await page.setViewportSize(TABLET);
    await page.goto(`/v/screening/sessions/${sessionId}`);
    await expect(page.getByText('全部已上传')).toBeVisible();

    await context.setOffline(true);
    await page.getByRole('button', { name: '登记居民' }).click();
    const consent = page.getByRole('region', { name: '知情同意（先于登记）' });
    await consent.getByRole('checkbox', { name: '同意参加认知筛查' }).check();
    await consent.getByRole('checkbox', { name: '同意处理个人信息' }).check();
    await consent.getByRole('button', { name: '已取得同意，下一步' }).click();
    const form = page.getByRole('region', { name: '居民信息' });
    await form.getByLabel('姓名', { exact: true }).fill('赵秀英');
    await choose(form, '女');
    await form.getByLabel('出生日期').fill(birthDateOfRun(400));
    await form.getByRole('button', { name: '登记并开始初筛' }).click();
    const work = page.getByRole('region', { name: '赵秀英' });
    await expect(work.getByText('待上传')).toBeVisible();
    await enterAd8Of3(page);
    await expect(work.getByText('AD8 结果已保存在本设备')).toBeVisible();
    await expect(page.getByText('2 条待上传')).toBeVisible();
    await screenshot(page, 'tablet-screener-offline');

    await context.setOffline(false);
    await expect(page.getByText('全部已上传')).toBeVisible({ timeout: 20_000 });
    await expect(work.getByText('AD8 得分 3')).toBeVisible();

    // Exactly once on the server: one resident 赵秀英 at the session, with one AD8.
    const residents = await coordinator.get<{ items: { id: string; name: string; sessionId: string }[] }>(
      `/api/residents?campaignId=${campaignId}&limit=100&reason=${encodeURIComponent('核对测试')}`,
    );
    const kept = residents.items.filter((r) => r.sessionId === sessionId && r.name === '赵秀英');
    expect(kept).toHaveLength(1);
    // A reload sends nothing again (the device's store is empty).
    await page.reload();
    await expect(page.getByText('全部已上传')).toBeVisible();
    const results = await coordinator.get<{ items: { version: string }[] }>(
      `/api/residents/${kept[0].id}/results?reason=${encodeURIComponent('核对测试')}`,
    );
    expect(results.items.map((r) => r.version)).toEqual(['AD8@1']);
  });

  test('the stage-2 task appears for the positive resident', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.setViewportSize(LAPTOP);
    await page.goto(`/c/campaigns/${campaignId}/tasks`);
    const link = page.getByRole('link', { name: `居民 …${resident.id.slice(-8)}` });
    await expect(link).toBeVisible();
    await expect(page.getByRole('row').filter({ has: link })).toContainText('黄海路社区');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/c/residents/${resident.id}$`));
    await choose(page, '安排或录入复筛');
    await page.getByRole('button', { name: '查看居民档案' }).click();
    await expect(page.getByRole('heading', { level: 1, name: resident.name })).toBeVisible();
    // The decrypted fields, read with the reason.
    await expect(page.getByText(idNumberOf(birthDate, 1))).toBeVisible();
    await expect(page.getByText('13805351234')).toBeVisible();
    const pathway = page.getByRole('region', { name: '筛查路径' });
    await expect(pathway.getByText(/应于 .* 前复筛/)).toBeVisible();
    await expect(pathway.getByText('待复筛')).toBeVisible();
  });

  test('a MoCA of 22 with 9 years of education scores 23, positive, and becomes a referral', async ({
    page,
  }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.setViewportSize(LAPTOP);
    await page.goto(`/c/residents/${resident.id}`);
    await page.getByRole('button', { name: '查看居民档案' }).click();
    const stage2 = page.getByRole('region', { name: '录入复筛（MMSE / MoCA）' });
    // Education first: the form says why and waits for it.
    await choose(stage2, '初中');
    await expect(stage2.getByLabel('受教育年限（年）')).toHaveValue('9');
    await stage2.getByRole('button', { name: '保存受教育程度' }).click();
    await expect(stage2.getByText('初中，9 年')).toBeVisible();

    await stage2.getByText('蒙特利尔认知评估（MoCA）').click();
    const form = page.getByRole('form', { name: /MoCA/ });
    for (const [item, points] of MOCA_OF_22)
      await answer(form, new RegExp(`\\d+\\. ${item}`), String(points));
    const status = form.getByRole('status');
    await expect(status).toContainText('当前得分：22 / 30');
    await expect(status).toContainText('受教育 9 年（≤ 12 年），总分加 1 分');
    await expect(status).toContainText('按评分规则计算：23 分');
    await form.getByRole('button', { name: '保存 MoCA 结果' }).click();
    await expect(stage2.getByText('MoCA 得分 23')).toBeVisible();
    await expect(stage2.getByText('原始分 22，教育校正后 23。')).toBeVisible();
    await expect(stage2.getByText('阳性', { exact: true })).toBeVisible();
    const pathway = page.getByRole('region', { name: '筛查路径' });
    await expect(pathway.getByText('已发送至医院').first()).toBeVisible();
    await screenshot(page, 'laptop-coordinator-resident');
    await expectAccessible(page);
  });

  test('the referral lands in the hospital’s inbox, and the hospital returns an outcome', async ({
    page,
  }) => {
    const hospital = await Api.signIn(baseUrl(), ACCOUNTS.hospital);
    const pathway = await coordinator.get<{ referrals: { id: string }[] }>(
      `/api/residents/${resident.id}/pathway`,
    );
    const referralId = pathway.referrals[0].id;
    let pseudonym = '';
    await expect
      .poll(async () => {
        const inbox = await hospital.get<{ items: { itemId: string; details: { pseudonym: string } }[] }>(
          '/api/inbox?kind=screening_referral&limit=100',
        );
        pseudonym = inbox.items.find((i) => i.itemId === referralId)?.details.pseudonym ?? '';
        return pseudonym;
      })
      .toMatch(/^R-/);

    await signIn(page, ACCOUNTS.hospital.email, ACCOUNTS.hospital.password);
    await page.setViewportSize(LAPTOP);
    await page.getByRole('navigation', { name: '主导航' }).getByText('筛查转介').click();
    const row = page.getByRole('row').filter({ hasText: pseudonym });
    await expect(row).toContainText('黄海路社区');
    await expect(row).toContainText('MoCA v1：23 分');
    // Nothing that names the resident reaches the hospital.
    await expect(page.getByText(resident.name)).toHaveCount(0);
    await expect(page.getByText('13805351234')).toHaveCount(0);
    await row.getByRole('button', { name: '接收' }).click();
    const accept = page.getByRole('dialog');
    await accept.getByLabel('备注（如预约时间）').fill('已预约下周二上午记忆门诊');
    await accept.getByRole('button', { name: '接收' }).click();
    await expect(accept).toBeHidden();
    await page.getByRole('radiogroup', { name: '状态' }).getByText('跟进中').click();
    await page
      .getByRole('row')
      .filter({ hasText: pseudonym })
      .getByRole('button', { name: '记录结果' })
      .click();
    const outcome = page.getByRole('dialog');
    await outcome.getByLabel('诊断类别', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '轻度认知障碍（MCI）' }).first().click();
    await outcome.getByLabel('医生建议（用于社区随访）').fill('轻度认知障碍，建议三个月后复查。');
    await outcome.getByRole('button', { name: '保存' }).click();
    await expect(outcome).toBeHidden();
  });

  test('the outcome comes back to the resident’s pathway', async ({ page }) => {
    // partners.inbox.outcome-recorded.v1 → the referral in screening.
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.setViewportSize(LAPTOP);
    await page.goto(`/c/residents/${resident.id}`);
    await page.getByRole('button', { name: '查看居民档案' }).click();
    const path = page.getByRole('region', { name: '筛查路径' });
    await expect(async () => {
      await page.reload();
      await page.getByRole('button', { name: '查看居民档案' }).click();
      await expect(path.getByText('医院已反馈').first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(path.getByText(/轻度认知障碍/).first()).toBeVisible();
  });

  test('the coordinator plans follow-ups and records a visit done', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.setViewportSize(LAPTOP);
    await page.goto(`/c/residents/${resident.id}`);
    await choose(page, '安排随访');
    await page.getByRole('button', { name: '查看居民档案' }).click();
    const plan = page.getByRole('form', { name: '安排随访' });
    await plan.getByRole('button', { name: '保存随访计划' }).click();
    const followUps = page.getByRole('region', { name: '筛查路径' });
    await expect(followUps.getByRole('row', { name: /随访探视/ })).toHaveCount(2);
    await followUps
      .getByRole('row', { name: /随访探视/ })
      .first()
      .getByRole('button', { name: '记录完成' })
      .click();
    await page.getByRole('dialog').getByLabel('备注（可选）').fill('上门探访，家属已了解照护要点。');
    await page.getByRole('dialog').getByRole('button', { name: '记录完成' }).click();
    await expect(followUps.getByText('上门探访，家属已了解照护要点。')).toBeVisible();
  });

  test('the dashboard shows it all', async ({ page }) => {
    const after = await dashboardOf(coordinator, campaignId);
    const diff = (key: Exclude<keyof Figures, 'target'>) => after[key] - before[key];
    // 王桂兰 (AD8 3, MoCA 23, referred, outcome back) and 赵秀英 (AD8 3, offline) at 黄海路社区.
    expect({
      screened: diff('screened'),
      stage1Positive: diff('stage1Positive'),
      stage2Done: diff('stage2Done'),
      stage2Positive: diff('stage2Positive'),
      referralsCompleted: diff('referralsCompleted'),
    }).toEqual({ screened: 2, stage1Positive: 2, stage2Done: 1, stage2Positive: 1, referralsCompleted: 1 });

    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.setViewportSize(LAPTOP);
    await page.goto(`/c/campaigns/${campaignId}`);
    await expect(page.getByRole('img', { name: '各社区已筛查与目标', exact: true })).toBeVisible();
    const table = page.getByRole('table', { name: '各社区数据' });
    const headers = await table.getByRole('columnheader').allTextContents();
    const cell = (header: string) =>
      table.getByRole('row').filter({ hasText: '黄海路社区' }).getByRole('cell').nth(headers.indexOf(header));
    await expect(cell('已筛查')).toHaveText(String(after.screened));
    await expect(cell('目标')).toHaveText('100');
    await expect(cell('转介完成')).toHaveText(String(after.referralsCompleted));
  });

  test('an import with two bad rows is refused, naming both rows', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.setViewportSize(LAPTOP);
    await page.goto(`/c/campaigns/${campaignId}/import`);
    const rows = [
      STAGE1_HEADERS,
      paperForm(1),
      paperForm(2, { 性别: 'F' }),
      paperForm(3),
      paperForm(4, { 筛查日期: '2027-01-05' }),
    ];
    await page.locator('input[type=file]').setInputFiles({
      name: '黄海路初筛纸质表.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8'),
    });
    await expect(
      page.getByRole('alert').filter({ hasText: '有问题的行共 2 行，未导入任何数据' }),
    ).toBeVisible();
    await expect(page.getByText(/第 3、5 行/)).toBeVisible();
    const problems = page.getByRole('table', { name: '问题清单' });
    await expect(problems.getByRole('row').filter({ hasText: '性别' })).toContainText('3');
    await expect(problems.getByRole('row').filter({ hasText: '筛查日期' })).toContainText('5');
  });
});
