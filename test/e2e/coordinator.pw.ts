import { readFileSync } from 'node:fs';
import { ACCOUNTS, Api, createShift, inMinutes } from './support/api';
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

/**
 * The coordinator on a laptop, in Chinese: the dashboard, creating a shift, verifying recorded hours
 * in the queue and downloading the hours as XLSX; the admin's pages; English.
 */
test.describe.serial('a coordinator on a laptop', () => {
  test.use({ viewport: LAPTOP });

  let coordinator: Api;
  // Whose hours wait in the queue: not the volunteer of the phone tests. Playwright's retry runs the whole
  // group again on the same system, where the first attempt's sign-up (and perhaps its verification) is
  // done already: the retry takes another volunteer, one with no shift of the demo data at this hour
  // (the morning screeners have one) and whose hours no other test reads.
  const VOLUNTEERS = [
    { number: '2024110105', name: '刘浩然' },
    { number: '2024150101', name: '陈一鸣' },
  ];
  let volunteer = VOLUNTEERS[0];

  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook needs from this pattern
  test.beforeAll(async ({}, testInfo) => {
    volunteer = VOLUNTEERS[Math.min(testInfo.retry, VOLUNTEERS.length - 1)];
    coordinator = await Api.signIn(process.env.E2E_BASE_URL!, ACCOUNTS.coordinator);
    // Hours waiting for verification: an afternoon shift under way, its attendance recorded by hand.
    const volunteerId = await coordinator.volunteerId(volunteer.number);
    const shift = await createShift(coordinator, {
      title: '社区消防器材检查',
      startsAt: inMinutes(-180),
      endsAt: inMinutes(60),
      closesAt: inMinutes(60),
    });
    await coordinator.post(`/api/shifts/${shift.id}/signups`, { volunteerId });
    await coordinator.post(`/api/shifts/${shift.id}/attendance`, {
      volunteerId,
      checkedInAt: inMinutes(-180),
      checkedOutAt: inMinutes(-1),
      reason: '纸质签到表补录',
    });
  });

  test('signs in and sees the dashboard', async ({ page }) => {
    await signIn(page, ACCOUNTS.coordinator.email, ACCOUNTS.coordinator.password);
    await expect(page).toHaveURL(/\/c\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
    await expect(page.getByRole('img', { name: '近 6 个月服务时长' })).toBeVisible();
    await expectAccessible(page);
    // The desk's own address opens the dashboard, not an empty frame.
    await page.goto('/c');
    await expect(page).toHaveURL(/\/c\/dashboard$/);
  });

  test('creates a shift', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.goto('/c/shifts');
    await expect(page.getByRole('heading', { level: 1, name: '岗位管理' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: '新建岗位' }).click();
    const drawer = page.getByRole('dialog', { name: '新建岗位' });
    await drawer.getByLabel('岗位名称').fill('黄海路社区防骗宣讲');
    await drawer.getByLabel('社区 / 地点').fill('黄海路社区居委会');
    await drawer.getByLabel('详细地址').fill('烟台市莱山区黄海路 12 号');
    // The first range picker is the shift's time (the second is the sign-up window).
    const time = drawer.locator('.ant-picker-range').first();
    await time.getByPlaceholder('开始日期').click();
    await time.getByPlaceholder('开始日期').fill(dayAfterTomorrow('09:00'));
    await time.getByPlaceholder('开始日期').press('Enter');
    await time.getByPlaceholder('结束日期').fill(dayAfterTomorrow('11:30'));
    await time.getByPlaceholder('结束日期').press('Enter');
    await drawer.getByRole('spinbutton', { name: '名额' }).fill('8');
    await drawer.getByLabel('所需技能').fill('宣讲');
    await drawer.getByLabel('所需技能').press('Enter');
    await drawer.getByText('需审核', { exact: true }).click();
    await screenshot(page, 'laptop-coordinator-new-shift');
    await drawer.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(/\/c\/shifts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: '黄海路社区防骗宣讲' })).toBeVisible();
    await expect(page.getByText('需审核 · 自动递补')).toBeVisible();
    await screenshot(page, 'laptop-coordinator-shift');
    await expectAccessible(page);
  });

  test('verifies hours in the queue and downloads the hours as XLSX', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.goto('/c/hours');
    const row = page.getByRole('row', { name: new RegExp(volunteer.name) });
    await expect(row).toBeVisible({ timeout: 20_000 });
    await expect(row).toContainText('社区消防器材检查');
    await screenshot(page, 'laptop-coordinator-hours-queue');
    await expectAccessible(page);
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: /批量审核（1）/ }).click();
    await expect(page.getByText('已审核 1 条')).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(volunteer.name) })).toBeHidden();

    await page.getByRole('navigation', { name: '主导航' }).getByText('数据导出').click();
    await expect(page.getByRole('heading', { level: 1, name: '数据导出' })).toBeVisible();
    await expect(
      page
        .getByRole('cell', { name: '消防安全志愿服务队' })
        .or(page.getByRole('cell', { name: '未分队' }))
        .first(),
    ).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Excel（XLSX）' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsx = readFileSync(await file.path());
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    await screenshot(page, 'laptop-coordinator-exports');
    await expectAccessible(page);

    // The dashboard, now with this month's verified hours.
    await page.getByRole('navigation', { name: '主导航' }).getByText('工作台').click();
    await expect(page.getByRole('img', { name: '近 6 个月服务时长' })).toBeVisible();
    await screenshot(page, 'laptop-coordinator-dashboard');
  });

  test('reads the volunteers directory and the teams', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.goto('/c/volunteers');
    await expect(page.getByRole('cell', { name: '李晓雯' })).toBeVisible();
    await page.getByLabel('按姓名搜索').fill('刘');
    await expect(page.getByRole('cell', { name: '李晓雯' })).toBeHidden();
    await expect(page.getByRole('cell', { name: '刘浩然' })).toBeVisible();
    await screenshot(page, 'laptop-coordinator-volunteers');
    await expectAccessible(page);
    await page.goto('/c/teams');
    await expect(page.getByRole('cell', { name: '王子涵' })).toBeVisible();
    await screenshot(page, 'laptop-coordinator-teams');
    await expectAccessible(page);
  });

  test('awards points and finds certificates', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.goto('/c/points');
    await expect(page.getByRole('heading', { level: 1, name: '积分' })).toBeVisible();
    await expectAccessible(page);
    await page.goto('/c/certificates');
    await expect(page.getByRole('heading', { level: 1, name: '服务证明' })).toBeVisible();
    await screenshot(page, 'laptop-coordinator-certificates');
    await expectAccessible(page);
  });

  test('works in English too', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.goto('/c/shifts');
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Shifts' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Taken / places' })).toBeVisible();
    await screenshot(page, 'laptop-coordinator-shifts-en');
    await page.getByRole('button', { name: /中文/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '岗位管理' })).toBeVisible();
  });
});

test.describe('an admin on a laptop', () => {
  test.use({ viewport: LAPTOP });

  test('reads the accounts, the invitations and the audit trail', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.admin);
    await page.goto('/admin/accounts');
    await expect(page.getByRole('cell', { name: '周敏（社工站协调员）' })).toBeVisible();
    await screenshot(page, 'laptop-admin-accounts');
    await expectAccessible(page);
    await page.goto('/admin/invitations');
    await page.getByText('已接受', { exact: true }).click();
    await expect(page.getByRole('cell', { name: '李晓雯' })).toBeVisible();
    await expectAccessible(page);
    await page.goto('/admin/audit');
    await expect(page.getByRole('cell', { name: 'invitation.accepted' }).first()).toBeVisible();
    await page.getByLabel('操作', { exact: true }).fill('auth.login');
    await expect(page.getByRole('cell', { name: 'invitation.accepted' })).toHaveCount(0);
    await expect(page.getByRole('cell', { name: 'auth.login' }).first()).toBeVisible();
    await screenshot(page, 'laptop-admin-audit');
    await expectAccessible(page);
  });
});

/** YYYY-MM-DD HH:mm, two days from now in the station's time zone. */
function dayAfterTomorrow(time: string): string {
  const day = new Date(Date.now() + 2 * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  return `${day} ${time}`;
}

test.describe('the other sizes', () => {
  test('a coordinator page on a phone folds the menu away', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signInQuickly(page, ACCOUNTS.coordinator);
    await page.goto('/c/shifts');
    await expect(page.getByRole('heading', { level: 1, name: '岗位管理' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '主导航' }).getByText('岗位管理')).toBeHidden();
    await screenshot(page, 'phone-coordinator-shifts');
    await expectAccessible(page);
  });

  test('the volunteer pages on a laptop keep their phone layout, centred', async ({ page }) => {
    await page.setViewportSize(LAPTOP);
    await signInQuickly(page, ACCOUNTS.volunteer);
    await page.goto('/v/shifts');
    await expect(page.getByRole('heading', { level: 1, name: '可报名岗位' })).toBeVisible();
    await screenshot(page, 'laptop-volunteer-open-shifts');
    await expectAccessible(page);
  });
});
