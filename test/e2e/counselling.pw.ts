import type { Locator, Page } from '@playwright/test';
import { DEMO_STUDENTS } from '../../scripts/demo/demo-data';
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

/** The demo students (volunteer accounts) of the quit group's walk. */
const student = (name: string) => DEMO_STUDENTS.find((s) => s.name === name)!;
const STUDENTS = { chen: student('陈一鸣'), zhao: student('赵思远'), sun: student('孙可欣') };
const QUIT_GROUP = '同伴戒烟互助小组';

/** The FTND items as the survey asks them (the template's Chinese), with the answers that make a score. */
interface FtndAnswers {
  firstCigarette: '5分钟内' | '6–30分钟' | '31–60分钟' | '60分钟以后';
  forbiddenPlaces: '是' | '否';
  hateToGiveUp: '早上第一支' | '其他任何一支';
  perDay: number;
  morningMore: '是' | '否';
  whenIll: '是' | '否';
}

// 1 + 1 + 0 + 0 + 0 + 0 = 2: too low for the group
const FTND_2: FtndAnswers = {
  firstCigarette: '31–60分钟',
  forbiddenPlaces: '是',
  hateToGiveUp: '其他任何一支',
  perDay: 8,
  morningMore: '否',
  whenIll: '否',
};
// 2 + 1 + 1 + 1 + 0 + 0 = 5
const FTND_5: FtndAnswers = {
  firstCigarette: '6–30分钟',
  forbiddenPlaces: '是',
  hateToGiveUp: '早上第一支',
  perDay: 15,
  morningMore: '否',
  whenIll: '否',
};
// 3 + 1 + 1 + 2 + 0 + 0 = 7
const FTND_7: FtndAnswers = {
  firstCigarette: '5分钟内',
  forbiddenPlaces: '是',
  hateToGiveUp: '早上第一支',
  perDay: 25,
  morningMore: '否',
  whenIll: '否',
};

/** The days of the check-in walk, on the counselling service's test clock (evenings in Beijing). */
const DAYS = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'];
const evening = (day: string) => `${day}T20:00:00+08:00`;

interface HoursRecord {
  id: string;
  serviceDate: string;
  hours: string;
  status: string;
}

/** A local date as the portal writes it in Chinese: 2026年11月28日. */
const chineseDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const question = (page: Page, text: string): Locator => page.getByRole('group', { name: text });

async function answerFtnd(page: Page, a: FtndAnswers): Promise<void> {
  const choose = (text: string, option: string) =>
    question(page, text).getByText(option, { exact: true }).click();
  await choose('早上醒来后多久吸第一支烟？', a.firstCigarette);
  await choose('在禁烟场所是否很难忍住不吸烟？', a.forbiddenPlaces);
  await choose('哪一支烟您最不愿意放弃？', a.hateToGiveUp);
  await question(page, '您每天吸多少支烟？').getByRole('spinbutton').fill(String(a.perDay));
  await choose('醒来后最初几小时内吸烟是否比一天中其他时间多？', a.morningMore);
  await choose('卧病在床时是否仍然吸烟？', a.whenIll);
  await choose('您是否每天吸烟？', '是');
  await question(page, '您打算在多少天内开始戒烟？').getByRole('spinbutton').fill('14');
}

/** The quit group's page on a student's phone, from the groups tab. */
async function openQuitGroup(page: Page, student: { email: string; password: string }): Promise<void> {
  await page.setViewportSize(PHONE);
  await signInQuickly(page, student);
  await page.goto('/v/shifts');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '小组' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '团体小组' })).toBeVisible();
  await page.getByRole('link', { name: QUIT_GROUP }).click();
  await expect(page.getByRole('heading', { level: 1, name: QUIT_GROUP })).toBeVisible();
}

/** A student answers the quit group's survey on their phone and sends it. */
async function apply(page: Page, student: { email: string; password: string }, answers: FtndAnswers) {
  await openQuitGroup(page, student);
  await answerFtnd(page, answers);
  await page.getByRole('button', { name: '提交报名' }).click();
  await expect(page.getByText('我的报名')).toBeVisible();
}

/** The quit group at the counsellor's desk, on one of its tabs. */
async function counsellorTab(page: Page, tab: string): Promise<void> {
  await signInQuickly(page, ACCOUNTS.counsellor);
  await page.goto('/k/programmes');
  await page.getByRole('link', { name: QUIT_GROUP }).click();
  await expect(page.getByRole('heading', { level: 1, name: QUIT_GROUP })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

/**
 * The counselling walk in Chinese: the demo counsellor (吴静) publishes the quit group's FTND intake;
 * three demo students apply (FTND 2, 5 and 7) and see their results; the two eligible are enrolled after
 * consent (one agreed on the phone, one signed the paper form); a session's attendance is taken a tap
 * per member and the rest at once; a confidential note the admin cannot read; a member checks in four
 * days running (a 4-day streak), lapses (back to 0), and is told when the quiet buddy has gone three
 * days without a check-in; the outcome report of the 2-member group shows only suppressed figures; the
 * peer facilitator (李晓雯) finds the completed session's hours in her record.
 */
test.describe.serial('a counsellor runs the quit group and its members check in', () => {
  test.use({ viewport: LAPTOP });

  let admin: Api;
  let programmeId = '';
  let peerHoursBefore = new Set<string>();

  /** The peer facilitator's (李晓雯's) hours, as she reads them. */
  async function peerHours(): Promise<{ totalVerifiedHours: string; records: HoursRecord[] }> {
    const volunteer = await Api.signIn(process.env.E2E_BASE_URL!, ACCOUNTS.volunteer);
    const me = await volunteer.get<{ id: string }>('/api/volunteers/me');
    return volunteer.get(`/api/volunteers/${me.id}/hours`);
  }

  test.beforeAll(async () => {
    admin = await Api.signIn(process.env.E2E_BASE_URL!, ACCOUNTS.admin);
    const counsellor = await Api.signIn(process.env.E2E_BASE_URL!, ACCOUNTS.counsellor);
    const page = await counsellor.get<{ items: { id: string; title: string }[] }>(
      '/api/programmes?limit=100',
    );
    const quit = page.items.find((p) => p.title === QUIT_GROUP);
    if (!quit) throw new Error(`The demo data has no programme “${QUIT_GROUP}”`);
    programmeId = quit.id;
  });

  test.afterAll(async () => {
    await admin.request('DELETE', '/api/counselling/test-clock');
  });

  test('the counsellor publishes the quit group’s FTND intake survey', async ({ page }) => {
    await signIn(page, ACCOUNTS.counsellor.email, ACCOUNTS.counsellor.password);
    await expect(page).toHaveURL(/\/k\/programmes$/);
    await expect(page.getByRole('heading', { level: 1, name: '团体小组' })).toBeVisible();
    await page.getByRole('link', { name: QUIT_GROUP }).click();
    await expect(page.getByRole('tab', { name: '报名问卷', selected: true })).toBeVisible();
    await expect(page.getByText('还没有报名问卷')).toBeVisible();
    await page.getByRole('button', { name: '发布 FTND 戒烟评估问卷' }).click();
    await expect(page.getByText(/问卷已于 .* 发布，学生可以报名/)).toBeVisible();
    await expect(page.getByText('早上醒来后多久吸第一支烟？')).toBeVisible();
    await expect(page.getByText(/每天吸烟、FTND 得分 3 分及以上、打算 30 天内开始戒烟/)).toBeVisible();
    await screenshot(page, 'laptop-counsellor-intake');
    await expectAccessible(page);
  });

  test('陈一鸣 applies with FTND 2 and sees he does not meet the group’s conditions', async ({ page }) => {
    await apply(page, STUDENTS.chen, FTND_2);
    await expect(page.getByText('2 分（极低依赖）')).toBeVisible();
    await expect(page.getByText('暂不符合：FTND 得分 3 分及以上')).toBeVisible();
    await expect(page.getByText('待审核')).toBeVisible();
  });

  test('赵思远 applies with FTND 5 and fits', async ({ page }) => {
    await openQuitGroup(page, STUDENTS.zhao);
    // A question left out is named, not sent.
    await page.getByRole('button', { name: '提交报名' }).click();
    await expect(page.getByText('请回答这道题').first()).toBeVisible();
    await answerFtnd(page, FTND_5);
    await screenshot(page, 'phone-groups-intake');
    await page.getByRole('button', { name: '提交报名' }).click();
    await expect(page.getByText('5 分（中度依赖）')).toBeVisible();
    await expect(page.getByText('符合入组条件')).toBeVisible();
    await expectAccessible(page);
  });

  test('孙可欣 applies with FTND 7', async ({ page }) => {
    await apply(page, STUDENTS.sun, FTND_7);
    await expect(page.getByText('7 分（高度依赖）')).toBeVisible();
    await expect(page.getByText('符合入组条件')).toBeVisible();
  });

  test('the counsellor reviews the queue: refers 陈一鸣, accepts the two who fit', async ({ page }) => {
    await counsellorTab(page, '报名审核');
    const row = (name: string) => page.getByRole('row', { name: new RegExp(name) });
    await expect(row('陈一鸣')).toContainText('不符合');
    await expect(row('陈一鸣')).toContainText('极低依赖');
    await expect(row('赵思远')).toContainText('中度依赖');
    await expect(row('孙可欣')).toContainText('高度依赖');
    await expect(row('孙可欣')).toContainText('符合');

    // Referring asks for the reason, which the student reads.
    await page.getByRole('button', { name: '转介 陈一鸣' }).click();
    const dialog = page.getByRole('dialog', { name: '转介 陈一鸣' });
    await dialog.getByLabel('转介原因（申请人可以看到）').fill('依赖程度较低，建议先参加校医院的控烟讲座。');
    await dialog.getByRole('button', { name: '转介' }).click();
    await expect(row('陈一鸣')).toContainText('已转介');

    await page.getByRole('button', { name: '录取 赵思远' }).click();
    await expect(row('赵思远')).toContainText('已录取');
    await page.getByRole('button', { name: '录取 孙可欣' }).click();
    await expect(row('孙可欣')).toContainText('已录取');
    // The answers behind a score, as the student chose them.
    await row('孙可欣').getByRole('button', { name: /展开/ }).click();
    await expect(page.getByText('5分钟内')).toBeVisible();
    await screenshot(page, 'laptop-counsellor-applicants');
    await expectAccessible(page);
  });

  test('赵思远 agrees on the phone; 陈一鸣 reads why he was referred', async ({ page }) => {
    await openQuitGroup(page, STUDENTS.zhao);
    await expect(page.getByText('已录取')).toBeVisible();
    await page.getByRole('checkbox', { name: '同意参加小组（知情同意书）' }).check();
    await page.getByRole('checkbox', { name: '同意按告知处理个人数据' }).check();
    await page.getByRole('button', { name: '我同意' }).click();
    await expect(page.getByText('已记录你的同意，等待咨询师确认入组。')).toBeVisible();

    const chen = await Api.signIn(process.env.E2E_BASE_URL!, STUDENTS.chen);
    const his = await chen.get<{ status: string; decisionReason: string }>(
      `/api/programmes/${programmeId}/applications/me`,
    );
    expect(his).toMatchObject({
      status: 'referred',
      decisionReason: '依赖程度较低，建议先参加校医院的控烟讲座。',
    });
  });

  test('the two are enrolled after consent, and paired as buddies', async ({ page }) => {
    await counsellorTab(page, '报名审核');
    const row = (name: string) => page.getByRole('row', { name: new RegExp(name) });

    // 赵思远 agreed on the phone: enrolled as is.
    await page.getByRole('button', { name: '入组 赵思远' }).click();
    let dialog = page.getByRole('dialog', { name: '赵思远 入组' });
    await dialog.getByRole('button', { name: '入组', exact: true }).click();
    await expect(row('赵思远')).toContainText('已入组');

    // 孙可欣 has not agreed: not without consent, which the counsellor records from the paper form.
    await page.getByRole('button', { name: '入组 孙可欣' }).click();
    dialog = page.getByRole('dialog', { name: '孙可欣 入组' });
    await dialog.getByRole('button', { name: '入组', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('请先记录申请人对参加小组和数据处理的同意');
    await dialog.getByRole('checkbox', { name: '同意参加小组（知情同意书）' }).check();
    await dialog.getByRole('checkbox', { name: '同意按告知处理个人数据' }).check();
    await dialog.getByRole('button', { name: '记录同意并入组' }).click();
    await expect(row('孙可欣')).toContainText('已入组');

    await page.getByRole('tab', { name: '成员' }).click();
    await expect(page.getByRole('row', { name: /赵思远.*在组/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /孙可欣.*在组/ })).toBeVisible();

    await page.getByRole('tab', { name: '同伴结对' }).click();
    const choose = async (select: string, name: string) => {
      await page.getByLabel(select).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
      // The list closes before the next one opens (two open at once would both offer the name).
      await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
    };
    await choose('成员一', '赵思远');
    await choose('成员二', '孙可欣');
    await page.getByRole('button', { name: '结对', exact: true }).click();
    await expect(page.getByText('赵思远 ⇄ 孙可欣')).toBeVisible();
  });

  test('attendance of today’s session: a tap per member, the rest at once; the session completed', async ({
    page,
  }) => {
    await counsellorTab(page, '活动与点名');
    const line = (name: string) => page.getByRole('listitem').filter({ hasText: name });
    const pressed = (label: string) => page.getByRole('button', { name: label });
    await expect(line('赵思远')).toContainText('未点名');
    await expect(line('孙可欣')).toContainText('未点名');

    await pressed('孙可欣 缺席').click();
    await expect(pressed('孙可欣 缺席')).toHaveAttribute('aria-pressed', 'true');
    await page.getByLabel('孙可欣 的缺席原因').fill('感冒请假');
    await line('孙可欣').getByRole('button', { name: '保存' }).click();
    await expect(line('孙可欣')).toContainText('缺席：感冒请假');

    await page.getByRole('button', { name: '其余全部出席' }).click();
    await expect(pressed('赵思远 出席')).toHaveAttribute('aria-pressed', 'true');
    await expect(line('赵思远')).not.toContainText('未点名');
    await expect(page.getByRole('button', { name: '其余全部出席' })).toBeDisabled();

    // She came after all: one tap.
    await pressed('孙可欣 出席').click();
    await expect(pressed('孙可欣 出席')).toHaveAttribute('aria-pressed', 'true');
    await expect(line('孙可欣')).not.toContainText('感冒请假');
    await screenshot(page, 'laptop-counsellor-attendance');
    await expectAccessible(page);

    peerHoursBefore = new Set((await peerHours()).records.map((r) => r.id));
    await page.locator('tr.ant-table-row-selected').getByRole('button', { name: /^完成/ }).click();
    await expect(page.locator('tr.ant-table-row-selected')).toContainText('已完成');
  });

  const note = '赵思远本周分享了晚饭后烟瘾最强，约定用散步代替；孙可欣压力较大，下次个别跟进。';

  test('a confidential note is written: only the group’s counsellors read it', async ({ page }) => {
    await counsellorTab(page, '保密笔记');
    await expect(page.getByText(/仅本小组的咨询师可以阅读/)).toBeVisible();
    await page.getByLabel('内容', { exact: true }).fill(note);
    await page.getByRole('button', { name: '保存笔记' }).click();
    await expect(page.getByText(note)).toBeVisible();
    await expect(page.getByText(/吴静（咨询师）/).first()).toBeVisible();
    await screenshot(page, 'laptop-counsellor-notes');
    await expectAccessible(page);
  });

  test('the admin sees that the note exists but cannot read it', async ({ page }) => {
    await signIn(page, ACCOUNTS.admin.email, ACCOUNTS.admin.password);
    await page.getByRole('navigation', { name: '主导航' }).getByText('团体小组').click();
    await page.getByRole('link', { name: QUIT_GROUP }).click();
    await expect(page.getByRole('tab', { name: '保密笔记', selected: true })).toBeVisible();
    await expect(page.getByText('您不是本小组的咨询师')).toBeVisible();
    await expect(page.getByText('内容保密，您无权阅读')).toBeVisible();
    await expect(page.getByText(note)).toHaveCount(0);
    await expectAccessible(page);
  });

  test('赵思远 checks in four days running, sees a 4-day streak, lapses and starts again from 0', async ({
    page,
  }) => {
    const sun = await Api.signIn(process.env.E2E_BASE_URL!, STUDENTS.sun);
    await admin.put('/api/counselling/test-clock', { now: evening(DAYS[0]) });
    await openQuitGroup(page, STUDENTS.zhao);

    // The quit goal first: from the first day, none a day.
    await page.getByLabel('每天目标支数').fill('0');
    await page.getByLabel('戒烟日').fill(DAYS[0]);
    // Enter takes the typed day and sends the form.
    await page.getByLabel('戒烟日').press('Enter');
    await expect(page.getByText('2026年12月1日')).toBeVisible();
    await expect(page.getByText('每天 0 支')).toBeVisible();

    for (const [i, day] of DAYS.slice(0, 4).entries()) {
      if (i > 0) {
        await admin.put('/api/counselling/test-clock', { now: evening(day) });
        await page.reload();
      }
      await page.getByRole('slider', { name: '烟瘾强度（0–10）' }).press('ArrowRight');
      await page.getByText('好', { exact: true }).click();
      await page.getByRole('button', { name: '打卡', exact: true }).click();
      await expect(page.getByText('今天已打卡')).toBeVisible();
      await expect(page.getByRole('status', { name: `已连续无烟 ${i + 1} 天` })).toBeVisible();
      // 孙可欣 checks in on the first day only, then goes quiet.
      if (i === 0)
        await sun.post(`/api/programmes/${programmeId}/check-ins`, {
          cigarettes: 3,
          craving: 6,
          mood: 'neutral',
          lapse: false,
        });
    }
    await expect(page.getByText('最近打卡：2026年12月4日')).toBeVisible();
    await screenshot(page, 'phone-groups-streak');
    await expectAccessible(page);

    // The fifth evening: one cigarette at a party.
    await admin.put('/api/counselling/test-clock', { now: evening(DAYS[4]) });
    await page.reload();
    await page.getByRole('button', { name: '多一支' }).click();
    await page.getByRole('switch', { name: '今天破戒了' }).click();
    await page.getByRole('button', { name: '打卡', exact: true }).click();
    await expect(page.getByRole('status', { name: '已连续无烟 0 天' })).toBeVisible();
  });

  test('after three quiet days, 孙可欣’s buddy is nudged', async ({ page }) => {
    // The fifth day: 12-02, 12-03 and 12-04 went by without her check-in.
    // (The service's own sweep may have run first: once per quiet spell either way.)
    const sweep = await admin.post<{ nudged: number }>('/api/counselling/test-clock/nudge-sweep');
    expect(sweep.nudged).toBeLessThanOrEqual(1);

    await openQuitGroup(page, STUDENTS.zhao);
    const notices = page.locator('.ant-card', { hasText: '同伴提醒' });
    await expect(notices).toContainText('你的同伴 孙可欣 已经 3 天没有打卡了');
    await expect(notices).toContainText('最近一次打卡：2026年12月1日');
    // The buddy card: her name, streak and last check-in day, nothing else.
    await expect(page.getByText('孙可欣', { exact: true })).toBeVisible();
    await expect(page.getByText('2026年12月1日').last()).toBeVisible();
    await screenshot(page, 'phone-groups-nudge');
    await notices.getByRole('button', { name: '知道了' }).click();
    await expect(page.getByText('同伴提醒')).toHaveCount(0);
  });

  test('the outcome report of the 2-member group shows no figure, and exports', async ({ page }) => {
    await counsellorTab(page, '成效报告');
    await expect(page.getByText('少于 5 人计算出的数字一律不显示')).toBeVisible();
    const card = (title: string) => page.locator('.ant-card', { hasText: title });
    await expect(card('7 天点戒断率').getByText('少于5人，不显示')).toHaveCount(3);

    // 赵思远's FTND before (5) and after (2): one person's change, which the report does not show.
    const recorded = card('记录前后测');
    for (const [phase, answers, score] of [
      ['前测', FTND_5, '5'],
      ['后测', FTND_2, '2'],
    ] as const) {
      await recorded.getByLabel('成员', { exact: true }).click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '赵思远' })
        .click();
      await recorded.getByText(phase, { exact: true }).click();
      await answerFtnd(page, answers);
      await recorded.getByRole('button', { name: '记录测评' }).click();
      await expect(
        recorded.getByRole('row', { name: new RegExp(`赵思远 FTND ${phase} ${score}`) }),
      ).toBeVisible();
    }
    const prePost = card('前后测对比');
    await expect(prePost.getByRole('row', { name: /FTND/ })).toBeVisible();
    await expect(prePost.getByText('少于5人，不显示')).toHaveCount(4);
    await expect(page.getByText('所有数字均少于5人，不显示图表。')).toHaveCount(2);
    await screenshot(page, 'laptop-counsellor-outcomes');
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  });

  test('the completed session’s hours reach the peer facilitator, and the counsellor verifies them', async ({
    page,
    browser,
  }) => {
    // The volunteers service records them from the session's event.
    let added: HoursRecord | undefined;
    await expect
      .poll(async () => {
        added = (await peerHours()).records.find((r) => !peerHoursBefore.has(r.id));
        return added?.status;
      })
      .toBe('recorded');
    const day = chineseDate(added!.serviceDate);

    await page.setViewportSize(PHONE);
    await signInQuickly(page, ACCOUNTS.volunteer);
    await page.goto('/v/me/hours');
    await expect(page.getByRole('heading', { level: 1, name: '服务时长' })).toBeVisible();
    const records = page.getByRole('listitem').filter({ hasText: day });
    await expect(records.filter({ hasText: '待审核' }).first()).toBeVisible();

    // The programme's counsellor verifies them at the desk.
    const context = await browser.newContext({
      viewport: LAPTOP,
      baseURL: process.env.E2E_BASE_URL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const desk = await context.newPage();
    await signInQuickly(desk, ACCOUNTS.counsellor);
    await desk.goto('/k/programmes');
    await desk.getByRole('navigation', { name: '主导航' }).getByText('朋辈带领者时长').click();
    await expect(desk.getByRole('heading', { level: 1, name: '朋辈带领者时长' })).toBeVisible();
    const row = desk.getByRole('row', { name: new RegExp(`李晓雯.*${QUIT_GROUP}`) });
    await expect(row.first()).toBeVisible();
    await screenshot(desk, 'laptop-counsellor-peer-hours');
    await expectAccessible(desk);
    await row.first().getByRole('button', { name: '核实 李晓雯 的时长' }).click();
    await expect(desk.getByText('没有这一类的时长记录。')).toBeVisible();
    await context.close();

    await page.reload();
    await expect(records.filter({ hasText: '已认证' }).first()).toBeVisible();
    expect((await peerHours()).records.find((r) => r.id === added!.id)?.status).toBe('verified');
  });
});
