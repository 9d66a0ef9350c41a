import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { DEMO_WALK_SHIFT_TITLE, DEMO_WALK_TEAM } from '../../scripts/demo/demo-data';
import { ACCOUNTS, Api, createShift, demoShift, inMinutes, type Shift } from './support/api';
import { expect, expectAccessible, LAPTOP, PHONE, screenshot, signInQuickly, test } from './support/fixtures';

const NATIONAL_NUMBER = 'YT2026000888';

interface CardView {
  codes: { code: string; validFrom: string; rotatesAt: string }[];
}

/** The code the volunteer's card shows now. */
async function cardCode(volunteer: Api): Promise<string> {
  const card = await volunteer.get<CardView>('/api/volunteers/me/card');
  const now = Date.now();
  return card.codes.find((c) => Date.parse(c.validFrom) <= now && now < Date.parse(c.rotatesAt))!.code;
}

async function sheetOf(path: string, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as never);
  return workbook.getWorksheet(name)!;
}

/**
 * Issue 13 in the portal, in Chinese: the demo volunteer (李晓雯) has no phone that scans, so the
 * fire-safety team's leader (王子涵) scans her electronic volunteer card at the door of one of the team's
 * shifts, within its check-in window, and adds her as a walk-in; her certificate shows her national
 * volunteer number; the coordinator hands the month's records over to the national system (a second
 * hand-over of the same period has nothing left), and exports the shift's insured list.
 *
 * The shift is the fire-safety team's own, made here, under way and ending when the demo's walk-through
 * shift starts: volunteer.pw.ts signs 李晓雯 up for that one, which must still be open to her.
 */
test.describe.serial('volunteer records', () => {
  let coordinator: Api;
  let volunteer: Api;
  let shift: Shift;
  let volunteerId: string;

  test.beforeAll(async () => {
    const baseUrl = process.env.E2E_BASE_URL!;
    coordinator = await Api.signIn(baseUrl, ACCOUNTS.coordinator);
    volunteer = await Api.signIn(baseUrl, ACCOUNTS.volunteer);
    volunteerId = await coordinator.volunteerId(ACCOUNTS.volunteer.studentNumber);
    const teams = await coordinator.get<{ items: { id: string; name: string }[] }>('/api/teams?limit=100');
    const team = teams.items.find((t) => t.name === DEMO_WALK_TEAM)!;
    const walk = await coordinator.get<{ startsAt: string }>(
      `/api/shifts/${(await demoShift(coordinator, DEMO_WALK_SHIFT_TITLE)).id}`,
    );
    shift = await createShift(coordinator, {
      title: '消防安全队 · 电子证签到演练',
      teamId: team.id,
      startsAt: inMinutes(-30),
      // Back to back with the walk-through shift: no overlap for the volunteer who takes both.
      endsAt: walk.startsAt,
      capacity: 5,
    });
  });

  // The screening walk signs her up for a session starting within minutes: the drill shift, over once
  // its tests are, must not hold her time.
  test.afterAll(async () => {
    if (shift) await coordinator.post(`/api/shifts/${shift.id}/cancel`, { reason: '演练结束' });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

    test('the volunteer gives her national volunteer number and opens her e-card', async ({ page }) => {
      await signInQuickly(page, ACCOUNTS.volunteer);
      await page.goto('/v/me/profile');
      await page.getByLabel('全国志愿者统一编号').fill('yt 2026-000888');
      await page.getByRole('button', { name: '保存' }).first().click();
      await expect(page.getByText('已保存')).toBeVisible();
      await expect(page.getByLabel('全国志愿者统一编号')).toHaveValue(NATIONAL_NUMBER);

      await page.goto('/v/me');
      await page.getByRole('link', { name: '志愿者电子证' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '志愿者电子证' })).toBeVisible();
      await expect(page.getByRole('img', { name: '志愿者电子证二维码' })).toBeVisible();
      await expect(page.getByText(NATIONAL_NUMBER)).toBeVisible();
      await expect(page.getByText(/秒后更新/)).toBeVisible();
      await screenshot(page, 'phone-volunteer-card');
      await expectAccessible(page);
    });

    test('the leader scans her card within the window and adds her as a walk-in', async ({ page }) => {
      await signInQuickly(page, ACCOUNTS.leader);
      await page.goto(`/v/team/shifts/${shift.id}`);
      await expect(page.getByRole('heading', { level: 2, name: '扫描志愿者电子证' })).toBeVisible();
      await expectAccessible(page);

      // Her phone shows the card; the leader's scan gun reads it into the code field (the camera path is
      // the shift QR's in volunteer.pw.ts, the same scanner component).
      const scanner = page.getByRole('region', { name: '扫描志愿者电子证' });
      await scanner.getByRole('textbox', { name: '电子证码' }).fill(await cardCode(volunteer));
      await scanner.getByRole('button', { name: '提交' }).click();
      await expect(page.getByText('李晓雯 没有报名此岗位')).toBeVisible();
      await page.getByLabel('临时加入原因').fill('手机无法扫码，现场临时加入');
      await page.getByRole('button', { name: '临时加入并签到' }).click();
      await expect(page.getByText('已为 李晓雯 签到')).toBeVisible();
      await expect(page.getByText(/已作为临时加入/)).toBeVisible();
      await screenshot(page, 'phone-leader-card-scan');

      const attendance = await coordinator.get<{ volunteerId: string; checkInMethod: string }[]>(
        `/api/shifts/${shift.id}/attendance`,
      );
      expect(attendance.find((a) => a.volunteerId === volunteerId)?.checkInMethod).toBe('card');
    });

    test('her certificate shows the national volunteer number', async ({ page }) => {
      // The leader records the check-out; the coordinator settles the hours as on the sign-in sheet.
      const attendance = await coordinator.get<{ volunteerId: string; checkedInAt: string }[]>(
        `/api/shifts/${shift.id}/attendance`,
      );
      const checkedInAt = attendance.find((a) => a.volunteerId === volunteerId)!.checkedInAt;
      await coordinator.post(`/api/shifts/${shift.id}/attendance`, {
        volunteerId,
        checkedInAt,
        checkedOutAt: new Date().toISOString(),
        reason: '演练结束，按签到表补录签退',
      });
      const hours = await coordinator.get<{ records: { id: string; shiftId: string }[] }>(
        `/api/volunteers/${volunteerId}/hours`,
      );
      const record = hours.records.find((r) => r.shiftId === shift.id)!;
      await coordinator.request('PATCH', `/api/hours/${record.id}`, { hours: '2', reason: '按签到表核对' });
      await coordinator.post(`/api/hours/${record.id}/verify`);

      await signInQuickly(page, ACCOUNTS.volunteer);
      await page.goto('/v/me/certificates');
      await page.getByRole('button', { name: '开具新的服务证明' }).click();
      await expect(page.getByText(/已开具服务证明 LK-\d{4}-\d{6}/)).toBeVisible();
      await expect(page.getByText(`全国志愿者统一编号：${NATIONAL_NUMBER}`).first()).toBeVisible();
      await expectAccessible(page);
    });
  });

  test.describe('at the desk', () => {
    test.use({ viewport: LAPTOP });

    test('the coordinator hands the month over once; a second hand-over has nothing left', async ({
      page,
    }) => {
      await signInQuickly(page, ACCOUNTS.coordinator);
      await page.goto('/c/handovers');
      await expect(
        page.getByRole('heading', { level: 1, name: '服务记录移交（全国志愿服务信息系统）' }),
      ).toBeVisible();
      await expect(page.getByText(/待移交 [1-9]\d* 条，已移交 \d+ 条/)).toBeVisible();
      await page.getByRole('button', { name: '生成移交批次' }).click();
      const made = page.getByText(/已生成移交批次 HO-\d{4}-\d{4}，共 \d+ 条记录/);
      await expect(made).toBeVisible();
      const number = /HO-\d{4}-\d{4}/.exec((await made.textContent()) ?? '')![0];
      await expect(page.getByRole('cell', { name: number, exact: true })).toBeVisible();
      // Every record of the month is marked as handed over now.
      await expect(page.getByText(/待移交 0 条，已移交 [1-9]\d* 条/)).toBeVisible();
      await screenshot(page, 'laptop-coordinator-handover');
      await expectAccessible(page);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `下载移交批次 ${number}（XLSX）` }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`${number}.xlsx`);
      const sheet = await sheetOf(await file.path(), '服务记录');
      expect(sheet.getRow(1).getCell(3).value).toBe('全国志愿者统一编号');
      const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
      const hers = rows.find((r) => r.getCell(6).value === shift.title);
      expect(hers?.getCell(2).value).toBe('李晓雯');
      expect(hers?.getCell(3).value).toBe(NATIONAL_NUMBER);

      await page.getByRole('button', { name: '生成移交批次' }).click();
      await expect(
        page.getByRole('alert').filter({ hasText: '该期间已认证的服务记录均已移交' }),
      ).toBeVisible();
      const batches = await coordinator.get<{ items: { number: string }[] }>('/api/handovers');
      expect(batches.items[0].number).toBe(number);
    });

    test('an insured shift exports its insured list, and a later confirmation is flagged', async ({
      page,
    }) => {
      await signInQuickly(page, ACCOUNTS.coordinator);
      await page.goto(`/c/shifts/${shift.id}`);
      const card = page.locator('.ant-card').filter({ hasText: '活动意外险' });
      await expect(card.getByText('此岗位尚未要求投保')).toBeVisible();
      await card.getByLabel('保险公司').fill('中国人寿财产保险烟台分公司');
      await card.getByLabel('保单号').fill('PEAC2026370600001234');
      // From yesterday to tomorrow: the shift may cross midnight.
      await card.getByPlaceholder('开始日期').click();
      await card.getByPlaceholder('开始日期').fill(inMinutes(-24 * 60).slice(0, 10));
      await card.getByPlaceholder('开始日期').press('Enter');
      await card.getByPlaceholder('结束日期').fill(inMinutes(24 * 60).slice(0, 10));
      // Enter in the last field saves the form, as the 保存保单 button would.
      await card.getByPlaceholder('结束日期').press('Enter');
      await expect(page.getByText('保单已保存')).toBeVisible();
      await expect(card.getByText('PEAC2026370600001234')).toBeVisible();

      const download = page.waitForEvent('download');
      await card.getByRole('button', { name: '导出被保险人清单并标记为已发送' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
      const sheet = await sheetOf(await file.path(), '被保险人清单');
      expect(sheet.getRow(2).getCell(2).value).toBe('李晓雯');
      expect(sheet.getRow(2).getCell(10).value).toBe('PEAC2026370600001234');
      await expect(card.getByText('已在清单中')).toBeVisible();

      // The leader is confirmed after the list went: flagged until a new list is sent.
      const leaderId = await coordinator.volunteerId(ACCOUNTS.leader.studentNumber);
      await coordinator.post(`/api/shifts/${shift.id}/signups`, { volunteerId: leaderId });
      await page.reload();
      await expect(card.getByText('有 1 名志愿者在清单发送后才确认，尚未投保')).toBeVisible();
      await expect(card.getByText('清单发送后确认，未投保')).toBeVisible();
      await screenshot(page, 'laptop-coordinator-insurance');
      await expectAccessible(page);
    });
  });
});
