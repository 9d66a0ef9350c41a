import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const PHONE = { width: 360, height: 740 };
export const LAPTOP = { width: 1366, height: 800 };
const SCREENSHOTS = join(__dirname, '..', 'screenshots');

/**
 * Every test fails on a console error or an uncaught exception in the page. A 4xx answer the page shows
 * on purpose (a refused sign-up) makes Chromium log "Failed to load resource": those are expected API
 * answers, handled by the UI, and are let through; 5xx answers are not. A test that goes offline on
 * purpose allows its network errors with `allowConsole`.
 */
export const test = base.extend<{ allowConsole: RegExp[]; consoleGuard: void }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  allowConsole: [[], { option: true }],
  consoleGuard: [
    async ({ page, allowConsole }, use, testInfo) => {
      const problems: string[] = [];
      const log: string[] = [];
      const allowed = [
        /Failed to load resource: the server responded with a status of 4\d\d/,
        ...allowConsole,
      ];
      page.on('console', (message) => {
        log.push(`${message.type()}: ${message.text()}`);
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console.error: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use();
      if (testInfo.status !== testInfo.expectedStatus) await describeFailure(page, log);
      expect(problems, 'console errors and uncaught exceptions in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * What the page showed and logged when a test failed, printed where CI's log keeps it (the trace and the
 * screenshot stay on the machine that ran the tests).
 */
async function describeFailure(page: Page, log: string[]): Promise<void> {
  const snapshot = await page
    .locator('body')
    .ariaSnapshot({ timeout: 5_000 })
    .catch((error: unknown) => `(no snapshot: ${String(error)})`);
  process.stdout.write(
    [
      `--- page at ${page.url()} when the test failed:`,
      snapshot,
      '--- its console:',
      ...log.slice(-40),
      '---',
      '',
    ].join('\n'),
  );
}

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const t0 = Date.now();
  // A colour in the middle of a transition (a menu item turning selected) is neither the old one nor
  // the new: axe judges the page once its finite animations have finished (spinners run on forever).
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  if (process.env.E2E_TIMING) process.stdout.write(`axe ${page.url()} ${Date.now() - t0} ms\n`);
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}

/** Saves test/e2e/screenshots/<name>.png once the page has settled (kept in the repository). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const t0 = Date.now();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // antd's message toasts and animations come and go; let them finish.
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
  if (process.env.E2E_TIMING) process.stdout.write(`screenshot ${name} ${Date.now() - t0} ms\n`);
}

export async function signIn(
  page: Page,
  login: string,
  password: string,
  labels = { login: '邮箱或手机号', password: '密码', submit: '登录' },
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(labels.login).fill(login);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * Signs in through the API and hands the tokens to the page, as the sign-in form would: quicker for tests
 * whose subject is not the sign-in itself. Only when the page has no session yet, so a session the page
 * has since rotated or ended is never put back.
 */
export async function signInQuickly(page: Page, account: { email: string; password: string }): Promise<void> {
  const response = await fetch(`${process.env.E2E_BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: account.email, password: account.password }),
  });
  const { accessToken, refreshToken } = (await response.json()) as {
    accessToken: string;
    refreshToken: string;
  };
  await page.addInitScript(
    (tokens) => {
      if (!localStorage.getItem('linkage.session'))
        localStorage.setItem('linkage.session', JSON.stringify(tokens));
    },
    { accessToken, refreshToken },
  );
}
