import { ACCOUNTS, Api, createShift, inMinutes } from './support/api';
import { expect, expectAccessible, PHONE, screenshot, signInQuickly, test } from './support/fixtures';

/**
 * A team leader (王子涵, the demo's leader of the fire-safety team) runs a shift of their team from the
 * phone: the roster, the QR code for the venue, attendance recorded by hand.
 */
test.describe('a team leader on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('opens their team shift, shows the check-in QR code and records a late arrival by hand', async ({
    page,
  }) => {
    const baseUrl = process.env.E2E_BASE_URL!;
    const admin = await Api.signIn(baseUrl, ACCOUNTS.admin);
    const memberId = await admin.volunteerId('2022140308'); // 马俊杰: no other test's shift overlaps
    const teams = await admin.get<{ items: { id: string; name: string }[] }>('/api/teams?limit=100');
    const team = teams.items.find((t) => t.name === '消防安全志愿服务队')!;
    const shift = await createShift(admin, {
      title: '消防安全队 · 楼道隐患排查',
      teamId: team.id,
      startsAt: inMinutes(30),
      endsAt: inMinutes(150),
    });
    await admin.post(`/api/shifts/${shift.id}/signups`, { volunteerId: memberId });

    await signInQuickly(page, ACCOUNTS.leader);
    await page.goto('/v/me');
    await page.getByRole('link', { name: '我带领的服务队' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '消防安全志愿服务队' })).toBeVisible();
    await screenshot(page, 'phone-leader-team-shifts');
    await expectAccessible(page);

    await page.getByRole('link', { name: /楼道隐患排查/ }).click();
    await expect(page.getByText('马俊杰')).toBeVisible();
    await screenshot(page, 'phone-leader-shift');
    await expectAccessible(page);

    await page.getByRole('button', { name: '出示签到二维码' }).click();
    await expect(page.getByRole('img', { name: '签到二维码' })).toBeVisible();
    await expect(page.getByText(/秒后更新/)).toBeVisible();
    await screenshot(page, 'phone-leader-check-in-qr');
    await expectAccessible(page);

    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: '补录出勤' }).click();
    const dialog = page.getByRole('dialog', { name: '补录 马俊杰 的出勤' });
    await dialog.getByLabel('原因').fill('手机没电，由队长代为签到');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^签到 /)).toBeVisible();
    await expect(page.getByText('补录', { exact: true })).toBeVisible();
  });
});
