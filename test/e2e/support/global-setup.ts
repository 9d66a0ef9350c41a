import type { FullConfig } from '@playwright/test';
import { seedDemoData } from '../../../scripts/demo/seed-demo';
import { writeQrVideo } from './camera';
import { startSystem } from './system';

/** Starts the system once for the run and loads the demo data; the tests read its address from the env. */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const started = Date.now();
  const system = await startSystem();
  await seedDemoData(system.baseUrl);
  process.env.E2E_BASE_URL = system.baseUrl;
  // Chromium opens the fake camera's file at launch: it must exist before the first test.
  writeQrVideo('linkage');
  process.stdout.write(
    `System up at ${system.baseUrl} (${system.runId}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return () => system.stop();
}
