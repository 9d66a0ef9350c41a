import { defineConfig } from '@playwright/test';
import { CAMERA_ARGS } from './support/camera';

/**
 * The portal in Debian's Chromium against the real system, which support/global-setup.ts starts from
 * dist/ (run `npm run build` first; `npm test` does). No browser download: CHROMIUM_PATH or
 * /usr/bin/chromium (`apt-get install chromium fonts-noto-cjk`).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.pw.ts',
  globalSetup: './support/global-setup.ts',
  // Two cores: one browser at a time is faster than two fighting for them.
  workers: 1,
  fullyParallel: false,
  // Generous for a busy 2-core machine; a run on an idle one takes about a minute and a half.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // One retry on CI, which shares its cores with other work: a test that passes only on its retry is
  // reported as flaky in the log, where it is seen; locally a failure is a failure.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: '../../dist/e2e-results',
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CAMERA_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
