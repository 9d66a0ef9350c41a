import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO_PARTNER_EVENT_TITLE, DEMO_PROJECT } from '../../scripts/demo/demo-data';
import { ACCOUNTS, Api, inMinutes } from './support/api';
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

/** A local date (Asia/Shanghai) `days` from today, YYYY-MM-DD. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
}

interface Shift {
  id: string;
  title: string;
  source?: { type: string; id: string | null };
}

/** The shifts volunteers made from a partner event (their source is the event). */
async function shiftsOf(coordinator: Api, eventId: string): Promise<Shift[]> {
  const page = await coordinator.get<{ items: Shift[] }>('/api/shifts?limit=100&sourceType=partner_event');
  return page.items.filter((s) => s.source?.id === eventId);
}

/**
 * The partner's walk in Chinese on a laptop: the demo partner (滨海路社区居委会) registers a two-role event
 * needing 6 volunteers and submits it; the demo coordinator asks for a change; the partner reads the
 * comment, fixes the event and resubmits; the coordinator approves; the partner sees it approved, its
 * shifts open to volunteers and the staffing fill; the joint project and the inbox; a phone; English.
 */
test.describe.serial('a partner registers an event and the station reviews it', () => {
  test.use({ viewport: LAPTOP });

  const title = `楼道消防安全宣传 ${Date.now().toString(36).slice(-4)}`;
  const date = inDays(2);
  const comment = '请补充活动当天的联系人和电话，方便志愿者到场后联系。';
  let eventId = '';

  const eventPage = (page: Page) => page.goto(`/p/events/${eventId}`);

  test('registers a two-role event needing 6 volunteers and submits it', async ({ page }) => {
    await signIn(page, ACCOUNTS.partner.email, ACCOUNTS.partner.password);
    await expect(page).toHaveURL(/\/p\/events$/);
    await expect(page.getByRole('heading', { level: 1, name: '我的活动' })).toBeVisible();
    // The demo data's event, waiting for review.
    const inReview = page.getByRole('region', { name: /审核中/ });
    await expect(inReview.getByRole('link', { name: DEMO_PARTNER_EVENT_TITLE })).toBeVisible();
    await screenshot(page, 'laptop-partner-home');
    await expectAccessible(page);

    await page.getByRole('navigation', { name: '主导航' }).getByText('登记活动').click();
    await expect(page.getByRole('heading', { level: 1, name: '登记活动' })).toBeVisible();
    await page.getByLabel('活动名称').fill(title);
    await page.getByLabel('活动类型').click();
    await page.locator('.ant-select-item-option', { hasText: '消防安全宣传' }).click();
    await page.getByLabel('活动说明').fill('两人一组走访楼道，讲解冬季用电用火安全，检查灭火器有效期。');
    await page.getByLabel('社区', { exact: true }).fill('滨海路社区');
    await page.getByLabel('活动地点').fill('滨海路社区党群服务中心');
    await page.getByLabel('详细地址').fill('烟台市莱山区滨海路 88 号');
    await page.getByLabel('日期', { exact: true }).fill(date);
    await page.getByLabel('日期', { exact: true }).press('Enter');
    await page.getByPlaceholder('开始时间').click();
    await page.getByPlaceholder('开始时间').fill('09:00');
    await page.getByPlaceholder('开始时间').press('Enter');
    await page.getByPlaceholder('结束时间').fill('11:30');
    await page.getByPlaceholder('结束时间').press('Enter');

    const first = page.getByRole('group', { name: '角色 1' });
    await first.getByLabel('角色名称').fill('入户宣传');
    await first.getByRole('spinbutton', { name: '每场人数' }).fill('4');
    await first.getByLabel('角色 1 所需技能').fill('消防安全');
    await first.getByLabel('角色 1 所需技能').press('Enter');
    await page.getByRole('button', { name: '添加角色' }).click();
    const second = page.getByRole('group', { name: '角色 2' });
    await second.getByLabel('角色名称').fill('签到引导');
    await second.getByRole('spinbutton', { name: '每场人数' }).fill('2');
    await screenshot(page, 'laptop-partner-event-form');
    await expectAccessible(page);

    await page.getByRole('button', { name: '提交审核' }).click();
    await expect(page).toHaveURL(/\/p\/events\/[0-9a-f-]{36}$/);
    eventId = page.url().split('/').pop()!;
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('审核中', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('12 人次')).toBeHidden();
    await expect(page.getByText('6 人次')).toBeVisible();
  });

  test('the coordinator asks for a change from the review queue', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.goto('/c/dashboard');
    await page.getByRole('navigation', { name: '主导航' }).getByText('活动审核').click();
    await expect(page.getByRole('heading', { level: 1, name: '活动审核' })).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText('莱山区滨海路社区居委会');
    await expect(row).toContainText('需 6 人');
    await screenshot(page, 'laptop-coordinator-review-queue');
    await expectAccessible(page);

    await row.getByRole('button', { name: '要求修改' }).click();
    const dialog = page.getByRole('dialog', { name: `要求修改“${title}”` });
    await dialog.getByLabel('需要修改的地方').fill(comment);
    await dialog.getByRole('button', { name: '退回修改' }).click();
    await expect(page.getByText('已退回修改')).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(title) })).toBeHidden();
  });

  test('the partner reads the comment, fixes the event and resubmits it', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.partner);
    await page.goto('/p/events');
    await page
      .getByRole('region', { name: /待处理/ })
      .getByRole('link', { name: title })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: comment })).toBeVisible();
    const conversation = page.locator('.ant-timeline');
    await expect(conversation).toContainText('周敏（社工站协调员）');
    await expect(conversation).toContainText(comment);
    await screenshot(page, 'laptop-partner-event-changes-requested');
    await expectAccessible(page);

    await page.getByRole('button', { name: '修改' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `修改“${title}”` })).toBeVisible();
    await expect(page.getByRole('group', { name: '角色 2' }).getByLabel('角色名称')).toHaveValue('签到引导');
    await page.getByLabel('联系人姓名').fill('刘主任');
    await page.getByLabel('联系电话').fill('0535-6921234');
    await page.getByRole('button', { name: '保存并重新提交' }).click();
    await expect(page).toHaveURL(new RegExp(`/p/events/${eventId}$`));
    await expect(page.getByText('审核中', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('刘主任 0535-6921234')).toBeVisible();
    // Created, submitted, sent back, resubmitted: oldest first.
    await expect(page.locator('.ant-timeline-item')).toHaveCount(4);
    await expect(page.locator('.ant-timeline-item').last()).toContainText('提交了审核');
  });

  test('the coordinator approves it and finds it in the calendar', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.goto('/c/partner-events');
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('button', { name: '批准' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    await expect(page.getByText('已批准', { exact: true }).first()).toBeVisible();

    await page.getByRole('navigation', { name: '主导航' }).getByText('活动日历').click();
    await expect(page.getByRole('heading', { level: 1, name: '合作机构活动日历' })).toBeVisible();
    if (date.slice(0, 7) !== inDays(0).slice(0, 7))
      await page.getByRole('button', { name: '下个月' }).click();
    await expect(page.locator('.calendar-events').getByRole('link', { name: title })).toBeVisible();
    await screenshot(page, 'laptop-coordinator-partner-calendar');
    await expectAccessible(page);
  });

  test('its shifts open to volunteers, one per role', async ({ page }) => {
    // Approval becomes shifts in volunteers (through partners.event.approved.v1).
    const coordinator = await Api.signIn(process.env.E2E_BASE_URL!, ACCOUNTS.coordinator);
    await expect.poll(async () => (await shiftsOf(coordinator, eventId)).length, { timeout: 20_000 }).toBe(2);
    // The demo volunteer finds both among the open shifts that fit her (she holds 消防安全).
    await signInQuickly(page, ACCOUNTS.volunteer);
    await page.setViewportSize(PHONE);
    await page.goto('/v/shifts');
    await expect(page.getByRole('region', { name: `${title} · 入户宣传` })).toBeVisible();
    await expect(page.getByRole('region', { name: `${title} · 签到引导` })).toBeVisible();
  });

  test('the partner sees it approved, and the staffing fill as volunteers sign up', async ({ page }) => {
    const coordinator = await Api.signIn(process.env.E2E_BASE_URL!, ACCOUNTS.coordinator);
    const guide = (await shiftsOf(coordinator, eventId)).find((s) => s.title.endsWith('签到引导'))!;
    // Another volunteer (马俊杰) signs up, recorded by the coordinator.
    const volunteerId = await coordinator.volunteerId('2022140308');
    await coordinator.post(`/api/shifts/${guide.id}/signups`, { volunteerId });

    await signInQuickly(page, ACCOUNTS.partner);
    await eventPage(page);
    await expect(page.getByText('已批准', { exact: true }).first()).toBeVisible();
    const staffing = page.locator('.ant-card', { hasText: '人员配置' });
    // volunteers → partners through volunteers.shift.staffing-changed.v1: a moment later.
    await expect(async () => {
      await page.reload();
      await expect(staffing.getByText('已确认 1 / 需 6 人').first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.locator('.ant-card', { hasText: '服务时长确认' })).toContainText('还没有志愿者签退');
    await screenshot(page, 'laptop-partner-event-approved');
    await expectAccessible(page);
  });

  test('after an event, the partner confirms two volunteers’ hours and disputes one', async ({ page }) => {
    // An event under way since two hours ago, approved; three volunteers' attendance recorded from the
    // paper sheet (overlapping other tests' shifts, so with the coordinator's override).
    const baseUrl = process.env.E2E_BASE_URL!;
    const partner = await Api.signIn(baseUrl, ACCOUNTS.partner);
    const coordinator = await Api.signIn(baseUrl, ACCOUNTS.coordinator);
    const heldTitle = `${title} · 已举办`;
    const held = await partner.post<{ id: string }>('/api/events', {
      title: heldTitle,
      kind: 'community_service',
      community: '滨海路社区',
      venue: { name: '滨海路社区党群服务中心' },
      schedule: { startsAt: inMinutes(-120), endsAt: inMinutes(30) },
      roles: [{ key: 'helper', name: '现场协助', count: 3 }],
    });
    await partner.post(`/api/events/${held.id}/submit`);
    await coordinator.post(`/api/events/${held.id}/approve`);
    await expect.poll(async () => (await shiftsOf(coordinator, held.id)).length, { timeout: 20_000 }).toBe(1);
    const [shift] = await shiftsOf(coordinator, held.id);
    const people = { '2023130206': '赵雨桐', '2022140308': '马俊杰', '2022110203': '张明远' };
    const ids: Record<string, string> = {};
    for (const studentNumber of Object.keys(people)) {
      const volunteerId = await coordinator.volunteerId(studentNumber);
      ids[studentNumber] = volunteerId;
      await coordinator.post(`/api/shifts/${shift.id}/signups`, {
        volunteerId,
        override: true,
        reason: '测试：与其他岗位时间重叠',
      });
      await coordinator.post(`/api/shifts/${shift.id}/attendance`, {
        volunteerId,
        checkedInAt: inMinutes(-120),
        checkedOutAt: inMinutes(-5),
        reason: '按纸质签到表补录',
      });
    }
    // volunteers.hours.recorded.v1 brings the hours to partners.
    await expect
      .poll(
        async () => (await partner.get<{ items: unknown[] }>(`/api/events/${held.id}/hours`)).items.length,
        {
          timeout: 20_000,
        },
      )
      .toBe(3);

    await signInQuickly(page, ACCOUNTS.partner);
    await page.goto(`/p/events/${held.id}`);
    const hours = page.locator('.ant-card', { hasText: '服务时长确认' });
    await expect(hours.getByRole('row')).toHaveCount(4);
    await expect(hours.getByText('待确认')).toHaveCount(3);
    await screenshot(page, 'laptop-partner-certify-hours');
    await expectAccessible(page);
    await hours.getByRole('button', { name: '确认 赵雨桐 的时长' }).click();
    await expect(hours.getByRole('row', { name: /赵雨桐/ })).toContainText('已确认');
    await hours.getByRole('button', { name: '确认 马俊杰 的时长' }).click();
    await expect(hours.getByRole('row', { name: /马俊杰/ })).toContainText('已确认');
    await hours.getByRole('button', { name: '对 张明远 的时长提出异议' }).click();
    const dialog = page.getByRole('dialog', { name: '对 张明远 的时长提出异议' });
    await dialog.getByLabel('原因').fill('张明远当天 10 点后才到场，时长应少于记录。');
    await dialog.getByRole('button', { name: '有异议' }).click();
    await expect(hours.getByRole('row', { name: /张明远/ })).toContainText('有异议');
    await expectAccessible(page);

    // The confirmed hours count as verified in volunteers (partners.hours.certified.v1); the disputed do not.
    const statusOf = async (studentNumber: string) =>
      (
        await coordinator.get<{ records: { shiftId: string; status: string }[] }>(
          `/api/volunteers/${ids[studentNumber]}/hours`,
        )
      ).records.find((r) => r.shiftId === shift.id)?.status;
    await expect.poll(() => statusOf('2023130206'), { timeout: 20_000 }).toBe('verified');
    await expect.poll(() => statusOf('2022140308'), { timeout: 20_000 }).toBe('verified');
    await expect.poll(() => statusOf('2022110203'), { timeout: 20_000 }).toBe('disputed');
  });

  test('the partner downloads its events, reads the joint project and the inbox', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.partner);
    await page.goto('/p/events');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(
      readFileSync(await file.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    await page.getByRole('navigation', { name: '主导航' }).getByText('联合项目').click();
    await expect(page.getByRole('heading', { level: 1, name: '联合项目' })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(DEMO_PROJECT.name) })).toContainText('社区承接方');
    await expectAccessible(page);
    await page.getByRole('link', { name: DEMO_PROJECT.name }).click();
    await expect(page.getByRole('heading', { level: 1, name: DEMO_PROJECT.name })).toBeVisible();
    const partners = page.locator('.ant-card', { hasText: '合作方与分工' });
    for (const role of ['牵头单位', '社区承接方', '资助方', '医疗合作方', '协办单位'])
      await expect(partners.getByText(role, { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: DEMO_PARTNER_EVENT_TITLE })).toBeVisible();
    await expect(page.getByRole('img', { name: '各活动需要与已确认的志愿者人数' })).toBeVisible();
    await screenshot(page, 'laptop-partner-project');
    await expectAccessible(page);

    await page.getByRole('navigation', { name: '主导航' }).getByText('收件箱').click();
    await expect(page.getByRole('heading', { level: 1, name: '收件箱' })).toBeVisible();
    await expectAccessible(page);
  });

  test('works on a phone, and in English', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.partner);
    await page.setViewportSize(PHONE);
    await page.goto('/p/events');
    await expect(page.getByRole('heading', { level: 1, name: '我的活动' })).toBeVisible();
    const approved = page.getByRole('region', { name: /已批准/ });
    await expect(
      approved.getByRole('listitem').getByRole('link', { name: title, exact: true }),
    ).toBeVisible();
    // Cards rather than a table that would scroll sideways on a phone.
    await expect(approved.getByRole('table')).toHaveCount(0);
    await screenshot(page, 'phone-partner-home');
    await expectAccessible(page);

    await page.setViewportSize(LAPTOP);
    await eventPage(page);
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByText('Approved', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Conversation' })).toBeVisible();
    await expect(page.getByText('asked for changes')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Certify hours' })).toBeVisible();
    await screenshot(page, 'laptop-partner-event-en');
    await expectAccessible(page);
    await page.getByRole('button', { name: /中文/ }).click();
    await expect(page.getByRole('heading', { name: '沟通记录' })).toBeVisible();
  });
});
