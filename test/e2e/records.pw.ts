import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { DEMO_WALK_SHIFT_TITLE, DEMO_WALK_TEAM } from '../../scripts/demo/demo-data';
import { ACCOUNTS, Api, createShift, demoShift, inMinutes, type Shift } from './support/api';
import { expect, expectAccessible, LAPTOP, PHONE, screenshot, signInQuickly, test } from './support/fixtures';

const NATIONAL_NUMBER = 'YT2026000888';
/** The demo partner organisation of 滨海路社区, whose member is partner@linkage.example. */
const BINHAI = '莱山区滨海路社区居委会';
const PARTNER_ACTIVITY = '滨海路社区 · 重阳节敬老院陪伴（纸质签到）';
const STATION_ACTIVITY = '社区图书角整理';

interface DeclarationView {
  id: string;
  activity: string;
  status: 'pending' | 'confirmed' | 'rejected';
  rejectReason: string | null;
  reviewerRole: string | null;
  hoursRecordId: string | null;
}

interface HoursSummary {
  totalVerifiedHours: string;
}

interface CardView {
  codes: { code: string; validFrom: string; rotatesAt: string }[];
}

/** The code the volunteer's card shows now. */
async function cardCode(volunteer: Api): Promise<string> {
  const card = await volunteer.get<CardView>('/api/volunteers/me/card');
  const now = Date.now();
  return card.codes.find((c) => Date.parse(c.validFrom) <= now && now < Date.parse(c.rotatesAt))!.code;
}

/** The page fits the phone's width: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(client);
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
 * Then declared hours: 李晓雯 declares on her phone 2 hours of an activity 滨海路社区's residents'
 * committee ran on paper; its member (partner@linkage.example) confirms them from the partner inbox and
 * they count in her total; a coordinator rejects another declaration of hers with a reason she reads.
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

  test.describe('declared hours', () => {
    // Three days ago: a day of its own, out of the way of the hours the other walks record today.
    const served = inMinutes(-3 * 24 * 60).slice(0, 10);
    let totalBefore: number;
    let declarationId: string;

    test.describe('the volunteer declares, on a phone', () => {
      test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

      test('she declares 2 hours of an activity 滨海路社区 ran on paper', async ({ page }) => {
        totalBefore = Number(
          (await volunteer.get<HoursSummary>(`/api/volunteers/${volunteerId}/hours`)).totalVerifiedHours,
        );
        await signInQuickly(page, ACCOUNTS.volunteer);
        await page.goto('/v/me');
        await page.getByRole('link', { name: '我的服务时长' }).click();
        await page.getByRole('button', { name: '申报时长' }).click();
        await expect(page.getByRole('heading', { level: 1, name: '申报服务时长' })).toBeVisible();

        await page.getByLabel('活动名称').fill(PARTNER_ACTIVITY);
        // Not after today: the form says so before anything is sent.
        await page.getByLabel('服务日期').fill(inMinutes(2 * 24 * 60).slice(0, 10));
        await page.getByLabel('服务地点').fill('滨海路社区敬老院');
        await page.getByRole('button', { name: '提交申报' }).click();
        await expect(page.getByText('不能晚于今天')).toBeVisible();
        await page.getByLabel('服务日期').fill(served);
        await page.getByLabel('时长', { exact: true }).click();
        await page
          .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '2 小时' })
          .click();
        await page.getByLabel('服务内容').fill('陪老人包饺子、聊天，协助午餐后整理活动室');
        await page.getByLabel('联系人').fill('刘主任');
        await page.getByLabel('联系电话').fill('0535-6661234');
        await page.getByRole('radio', { name: '合作机构' }).check();
        const partners = page.getByRole('combobox', { name: '选择合作机构' });
        await partners.click();
        await partners.fill('滨海路');
        await page
          .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: BINHAI })
          .click();
        await expect(page.getByText('不能晚于今天')).toHaveCount(0);
        await expectNoSidewaysScroll(page);
        await screenshot(page, 'phone-volunteer-declare');
        await expectAccessible(page);

        await page.getByRole('button', { name: '提交申报' }).click();
        await expect(page.getByText('已提交，等待确认')).toBeVisible();
        await expect(page).toHaveURL(/\/v\/me\/hours$/);
        const mine = page.locator('.ant-card').filter({ hasText: '我的申报' });
        const item = mine.getByRole('listitem').filter({ hasText: PARTNER_ACTIVITY });
        await expect(item).toContainText('待确认');
        await expect(item).toContainText(`确认方：${BINHAI}`);
        await expectNoSidewaysScroll(page);

        const declarations = await volunteer.get<DeclarationView[]>('/api/hours/declarations/me');
        declarationId = declarations.find((d) => d.activity === PARTNER_ACTIVITY)!.id;
      });
    });

    test.describe('the partner and the station answer, at the desk', () => {
      test.use({ viewport: LAPTOP });

      test('the partner confirms the hours from its inbox', async ({ page }) => {
        // volunteers → partners.inbox.item-received.v1 → the organisation's inbox.
        const partner = await Api.signIn(process.env.E2E_BASE_URL!, ACCOUNTS.partner);
        await expect
          .poll(async () => {
            const inbox = await partner.get<{ items: { itemId: string }[] }>(
              '/api/inbox?kind=hours_declaration&limit=100',
            );
            return inbox.items.some((i) => i.itemId === declarationId);
          })
          .toBe(true);

        await signInQuickly(page, ACCOUNTS.partner);
        await page.goto('/p/inbox');
        await expect(page.getByRole('heading', { level: 1, name: '收件箱' })).toBeVisible();
        const row = page.getByRole('row').filter({ hasText: PARTNER_ACTIVITY });
        await expect(row).toContainText('志愿时长确认');
        await row.getByRole('button', { name: '展开行' }).click();
        const facts = page.locator('.ant-table-expanded-row').filter({ hasText: '李晓雯' });
        for (const [label, value] of [
          ['志愿者', '李晓雯'],
          ['地点', '滨海路社区敬老院'],
          ['时长', '2 小时'],
          ['联系人', '刘主任'],
          ['电话', '0535-6661234'],
        ])
          await expect(facts.locator('.ant-descriptions-item').filter({ hasText: label })).toContainText(
            value,
          );
        await screenshot(page, 'laptop-partner-inbox-declaration');
        await expectAccessible(page);

        await row.getByRole('button', { name: `确认“${PARTNER_ACTIVITY}”的时长`, exact: true }).click();
        const dialog = page.getByRole('dialog', { name: `志愿时长确认：${PARTNER_ACTIVITY}` });
        await expect(dialog.getByRole('radio', { name: '确认时长' })).toBeChecked();
        await dialog.getByRole('button', { name: '确认时长' }).click();
        await expect(dialog).toBeHidden();
        await expect(page.getByText('已保存')).toBeVisible();

        // partners.inbox.outcome-recorded.v1 → the declaration confirmed as the partner's.
        await expect
          .poll(
            async () =>
              (await volunteer.get<DeclarationView[]>('/api/hours/declarations/me')).find(
                (d) => d.id === declarationId,
              )?.status,
          )
          .toBe('confirmed');
        // Under 已完成, still expanded (the table keeps the row's expansion).
        await page.getByRole('radiogroup', { name: '状态' }).getByText('已完成').click();
        await expect(page.getByText(/记录：已完成 · 已确认时长/)).toBeVisible();
      });

      test('a coordinator rejects another declaration with a reason', async ({ page }) => {
        await volunteer.post('/api/hours/declarations', {
          activity: STATION_ACTIVITY,
          serviceDate: served,
          place: '滨海路社区党群服务中心',
          content: '整理图书角的捐赠图书并登记',
          hours: '1.5',
          contactName: '周老师',
          contactPhone: '13806381001',
        });
        await signInQuickly(page, ACCOUNTS.coordinator);
        await page.goto('/c/dashboard');
        await page.getByRole('navigation', { name: '主导航' }).getByText('时长申报').click();
        await expect(page.getByRole('heading', { level: 1, name: '时长申报确认' })).toBeVisible();
        const row = page.getByRole('row').filter({ hasText: STATION_ACTIVITY });
        await expect(row).toContainText('李晓雯');
        await expect(row).toContainText('本站之外');
        await expect(row).toContainText('周老师');
        await screenshot(page, 'laptop-coordinator-declarations');
        await expectAccessible(page);

        await row.getByRole('button', { name: `不予确认 李晓雯 的申报“${STATION_ACTIVITY}”` }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: '不予确认' }).click();
        await expect(dialog.getByText('请填写此项')).toBeVisible();
        await dialog.getByLabel('原因').fill('当天图书角由社区工作人员整理，签到表上没有该同学');
        await dialog.getByRole('button', { name: '不予确认' }).click();
        await expect(dialog).toBeHidden();
        await expect(page.getByText('已不予确认 李晓雯 的申报')).toBeVisible();
        await expect(page.getByRole('row').filter({ hasText: STATION_ACTIVITY })).toHaveCount(0);
        await page.getByRole('radiogroup', { name: '状态' }).getByText('未通过').click();
        await expect(page.getByRole('row').filter({ hasText: STATION_ACTIVITY })).toContainText(
          '签到表上没有该同学',
        );
      });
    });

    test.describe('she sees the answers, on a phone', () => {
      test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

      test('the confirmed hours count in her total; the rejection says why', async ({ page }) => {
        const total = Number(
          (await volunteer.get<HoursSummary>(`/api/volunteers/${volunteerId}/hours`)).totalVerifiedHours,
        );
        expect(total).toBe(totalBefore + 2);
        await signInQuickly(page, ACCOUNTS.volunteer);
        await page.goto('/v/me/hours');
        await expect(page.getByText('已认证时长')).toBeVisible();
        await expect(page.locator('.ant-statistic-content').first()).toContainText(total.toFixed(2));
        const mine = page.locator('.ant-card').filter({ hasText: '我的申报' });
        const confirmed = mine.getByRole('listitem').filter({ hasText: PARTNER_ACTIVITY });
        await expect(confirmed).toContainText('已确认');
        await expect(confirmed).toContainText(`确认方：${BINHAI}`);
        const rejected = mine.getByRole('listitem').filter({ hasText: STATION_ACTIVITY });
        await expect(rejected).toContainText('未通过');
        await expect(rejected).toContainText('原因：当天图书角由社区工作人员整理，签到表上没有该同学');
        await expect(rejected).toContainText('确认方：社工站');
        await expectNoSidewaysScroll(page);
        await screenshot(page, 'phone-volunteer-declarations');
        await expectAccessible(page);
      });

      test('a team leader’s queue opens with its texts', async ({ page }) => {
        await signInQuickly(page, ACCOUNTS.leader);
        await page.goto('/v/team');
        await page.getByRole('link', { name: '时长申报确认' }).click();
        await expect(page.getByRole('heading', { level: 1, name: '时长申报确认' })).toBeVisible();
        await expect(page.getByText('队员申报的本队岗位时长')).toBeVisible();
        await expectNoSidewaysScroll(page);
        await expectAccessible(page);
      });
    });
  });
});
