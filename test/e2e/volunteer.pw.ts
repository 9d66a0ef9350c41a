import { readFileSync } from 'node:fs';
import { DEMO_WALK_SHIFT_TITLE, demoWalkShift } from '../../scripts/demo/demo-data';
import { ACCOUNTS, Api, createShift, demoShift, type Shift } from './support/api';
import { writeQrVideo } from './support/camera';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, PHONE, screenshot, signIn, signInQuickly, test } from './support/fixtures';

/** One opening of the camera: decoding has taken over 20 s on a loaded machine (CI), about 1 s on an idle one. */
const CAMERA_ATTEMPT = 25_000;
/** All the openings of one scan together. */
const CAMERA_TIMEOUT = 60_000;

/** A tab of the bottom tab bar. */
const tab = (page: Page, name: string, nav = '主导航') =>
  page.getByRole('navigation', { name: nav }).getByRole('link', { name, exact: true });

/**
 * Opens the camera until the scan's outcome shows. Chromium's fake camera has now and then shown nothing
 * decodable for a whole opening (CI, on the first opening and on later ones): a person would close the
 * camera and open it again, and so does this.
 */
async function scanUntil(page: Page, outcome: string): Promise<void> {
  await expect(async () => {
    const stop = page.getByRole('button', { name: '关闭相机' });
    if (await stop.isVisible()) await stop.click();
    await page.getByRole('button', { name: '打开相机扫码' }).click();
    await expect(page.getByText(outcome)).toBeVisible({ timeout: CAMERA_ATTEMPT });
  }).toPass({ timeout: CAMERA_TIMEOUT });
}

interface HoursView {
  totalVerifiedHours: string;
  records: { id: string; shiftId: string; status: string }[];
}

/**
 * The volunteer's journey on a phone, in Chinese: sign in, sign up for a shift, see it, check in and out
 * by scanning the leader's QR code with the camera (the check-out made offline and sent when the network
 * returns), then see the verified hours and download a certificate.
 */
test.describe.serial('a volunteer on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  let coordinator: Api;
  let shift: Shift;
  let volunteerId: string;

  test.beforeAll(async ({ browserName: _ }, testInfo) => {
    const baseUrl = process.env.E2E_BASE_URL!;
    coordinator = await Api.signIn(baseUrl, ACCOUNTS.coordinator);
    volunteerId = await coordinator.volunteerId(ACCOUNTS.volunteer.studentNumber);
    // The demo's shift for this walk starts soon, so check-in (from an hour before the start) is open now.
    shift = await demoShift(coordinator, DEMO_WALK_SHIFT_TITLE);
    // A retry cannot walk that shift again (the first try signed up, and may have checked in): the
    // coordinator cancels that sign-up, and the walk takes a shift made the same way, under its own title.
    if (testInfo.retry > 0) {
      const roster = await coordinator.get<{ items: { id: string; volunteerId: string; status: string }[] }>(
        `/api/shifts/${shift.id}/signups?limit=100`,
      );
      for (const signup of roster.items.filter(
        (s) => s.volunteerId === volunteerId && s.status !== 'cancelled',
      ))
        await coordinator.request('DELETE', `/api/shifts/${shift.id}/signups/${signup.id}`);
      const { teamId } = await coordinator.get<{ teamId: string }>(`/api/shifts/${shift.id}`);
      shift = await createShift(coordinator, {
        ...demoWalkShift(new Date(), teamId),
        title: `${DEMO_WALK_SHIFT_TITLE}（重试 ${testInfo.retry}）`,
      });
    }
  });

  test('signs in, signs up, sees the assignment and checks in and out by scanning the QR code', async ({
    page,
    context,
  }) => {
    // Two scans, each of which may need the camera opened again (scanUntil).
    test.slow();
    await signIn(page, ACCOUNTS.volunteer.email, ACCOUNTS.volunteer.password);
    await expect(page).toHaveURL(/\/v\/shifts$/);
    await expect(page.getByRole('heading', { level: 1, name: '可报名岗位' })).toBeVisible();
    const card = page.getByRole('region', { name: shift.title, exact: true });
    await expect(card).toBeVisible();
    await screenshot(page, 'phone-volunteer-open-shifts');
    await expectAccessible(page);

    await card.getByRole('button', { name: '报名' }).click();
    await expect(page.getByText('报名成功！')).toBeVisible();
    await expect(card.getByText('已确认')).toBeVisible();

    await tab(page, '我的任务').click();
    const assignment = page.getByRole('region', { name: shift.title, exact: true });
    await expect(assignment.getByText('已确认')).toBeVisible();
    await screenshot(page, 'phone-volunteer-assignments');
    await expectAccessible(page);

    // The leader's screen shows the rotating code; the phone's camera sees it.
    const checkIn = await coordinator.get<{ code: string }>(
      `/api/shifts/${shift.id}/check-in-code?purpose=check_in`,
    );
    writeQrVideo(checkIn.code);
    await assignment.getByRole('button', { name: '扫码签到' }).click();
    await expect(page).toHaveURL(/\/v\/scan$/);
    await expectAccessible(page);
    // The scanner is loaded when opened, then reads the camera's frames until one decodes.
    await scanUntil(page, '签到成功');
    await screenshot(page, 'phone-volunteer-checked-in');

    // Checking out without network: the scan is kept on the phone and sent when the network is back.
    const checkOut = await coordinator.get<{ code: string }>(
      `/api/shifts/${shift.id}/check-in-code?purpose=check_out`,
    );
    writeQrVideo(checkOut.code);
    await context.setOffline(true);
    await scanUntil(page, '网络不可用，已保存在本机');
    await expect(page.getByText('有 1 条签到等待网络恢复后提交')).toBeVisible();
    await screenshot(page, 'phone-volunteer-offline-scan');
    await context.setOffline(false);
    await expect(page.getByText('有 1 条签到等待网络恢复后提交')).toBeHidden({ timeout: 15_000 });
    await expect(page.getByText('签退成功')).toBeVisible();
    const attendance = await coordinator.get<{ volunteerId: string; checkedOutAt: string | null }[]>(
      `/api/shifts/${shift.id}/attendance`,
    );
    expect(attendance.find((a) => a.volunteerId === volunteerId)?.checkedOutAt).toBeTruthy();
  });

  test('sees the verified hours and downloads a certificate', async ({ page }) => {
    // The coordinator corrects the minutes a test takes to a real afternoon's work, and verifies it.
    const hours = await coordinator.get<HoursView>(`/api/volunteers/${volunteerId}/hours`);
    const record = hours.records.find((r) => r.shiftId === shift.id)!;
    await coordinator.request('PATCH', `/api/hours/${record.id}`, { hours: '3', reason: '按签到表核对' });
    await coordinator.post(`/api/hours/${record.id}/verify`);

    await signInQuickly(page, ACCOUNTS.volunteer);
    await page.goto('/');
    await tab(page, '我的').click();
    await expect(page.getByRole('heading', { level: 1, name: '我的' })).toBeVisible();
    await expect(page.getByText('已认证时长（小时）')).toBeVisible();
    await screenshot(page, 'phone-volunteer-me');
    await expectAccessible(page);

    await page.getByRole('link', { name: '我的服务时长' }).click();
    await expect(page.getByText('已认证').first()).toBeVisible();
    await screenshot(page, 'phone-volunteer-hours');
    await expectAccessible(page);

    await page.goto('/v/me/certificates');
    await page.getByRole('button', { name: '开具新的服务证明' }).click();
    await expect(page.getByText(/已开具服务证明 LK-\d{4}-\d{6}/)).toBeVisible();
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', { name: /下载服务证明 LK-/ })
      .first()
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/LK-\d{4}-\d{6}.*\.pdf$/);
    const pdf = readFileSync(await file.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'phone-volunteer-certificates');
    await expectAccessible(page);
  });

  test('is told why a shift cannot be joined', async ({ page }) => {
    // The demo shift needs the skill 认知筛查, which the demo volunteer does not have (she holds the
    // screener's certificate, which screening sessions' shifts ask for, not the skill).
    await signInQuickly(page, ACCOUNTS.volunteer);
    await page.goto('/');
    await page.getByText('全部开放岗位').click();
    const demo = page.getByRole('region', { name: '记忆礼包 · 滨海路社区认知筛查志愿服务' });
    await demo.getByRole('button', { name: '报名' }).click();
    await expect(demo.getByRole('alert')).toContainText('该岗位需要： 技能“认知筛查”');
  });

  test('switches to English, and the choice is remembered for the account', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.volunteer);
    await page.goto('/');
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Open shifts' })).toBeVisible();
    await screenshot(page, 'phone-volunteer-open-shifts-en');
    await tab(page, 'My shifts', 'Main navigation').click();
    await expect(page.getByRole('heading', { level: 1, name: 'My shifts' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'My shifts' })).toBeVisible();
    // Back to Chinese for whoever signs in next on this account.
    await page.getByRole('button', { name: /中文/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我的任务' })).toBeVisible();
  });

  test('reads the notifications, the profile and the calendar subscription', async ({ page }) => {
    await signInQuickly(page, ACCOUNTS.volunteer);
    await page.goto('/v/notifications');
    await expect(page.getByRole('heading', { level: 1, name: '消息' })).toBeVisible();
    await screenshot(page, 'phone-volunteer-notifications');
    await expectAccessible(page);
    await page.goto('/v/me/profile');
    await expect(page.getByText('个人信息授权')).toBeVisible();
    await screenshot(page, 'phone-volunteer-profile');
    await expectAccessible(page);
    await page.goto('/v/me/calendar');
    await page.getByRole('button', { name: '生成我的日历订阅地址' }).click();
    await expect(page.getByRole('textbox', { name: '日历订阅地址' })).toHaveValue(
      /\/api\/calendar\/.+\.ics$/,
    );
    await expect(page.getByRole('img', { name: '日历订阅地址的二维码' })).toBeVisible();
    await screenshot(page, 'phone-volunteer-calendar');
    await expectAccessible(page);
  });

  test('keeps a half-filled form when the session ends, and saves it after signing in again', async ({
    page,
  }) => {
    await signInQuickly(page, ACCOUNTS.volunteer);
    await page.goto('/v/me/profile');
    await page.getByLabel('专业').fill('社会工作（会话测试）');
    // Someone signs the session out elsewhere, and the access token is refused from now on.
    await page.evaluate(async () => {
      const { refreshToken } = JSON.parse(localStorage.getItem('linkage.session')!) as {
        refreshToken: string;
      };
      await fetch('/api/auth/logout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
    });
    let refused = false;
    await page.route('**/api/volunteers/*', async (route) => {
      if (route.request().method() === 'PATCH' && !refused) {
        refused = true;
        await route.fulfill({
          status: 401,
          json: { statusCode: 401, code: 'TOKEN_EXPIRED', message: 'expired' },
        });
      } else {
        await route.continue();
      }
    });
    await page.getByRole('button', { name: '保存' }).click();
    const dialog = page.getByRole('dialog', { name: '登录已过期' });
    await expect(dialog).toBeVisible();
    await screenshot(page, 'phone-volunteer-session-ended');
    await dialog.getByLabel('邮箱或手机号').fill(ACCOUNTS.volunteer.email);
    await dialog.getByLabel('密码').fill(ACCOUNTS.volunteer.password);
    await dialog.getByRole('button', { name: '重新登录并继续' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('已保存')).toBeVisible();
    await expect(page.getByLabel('专业')).toHaveValue('社会工作（会话测试）');
  });
});
