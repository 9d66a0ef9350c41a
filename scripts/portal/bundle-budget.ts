import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The portal's bundle budget: the gzipped JavaScript a volunteer's phone downloads to show its first
 * page (the shell, the volunteer layout, the open-shifts page and the Chinese texts, with everything
 * they import statically), read from Vite's manifest after `vite build`. Prints the figure; exits 1 above the budget.
 */
export const BUDGET_BYTES = 300 * 1024;

/**
 * The source files whose chunks make the volunteer's first load, besides the HTML entry: the layout,
 * the landing page and the Chinese texts (each language is its own chunk, loaded before the first render).
 */
export const VOLUNTEER_FIRST_LOAD = [
  'src/pages/volunteer/VolunteerLayout.tsx',
  'src/pages/volunteer/OpenShiftsPage.tsx',
  'src/i18n/locales/zh-CN.json',
];

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Every JS file loaded, statically, from the entry and the given route modules. */
export function firstLoadFiles(manifest: Manifest, routes: string[]): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The Vite manifest has no chunk for ${key}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of [...entries, ...routes]) visit(key);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

export function measure(dir: string, routes = VOLUNTEER_FIRST_LOAD): { files: number; gzipBytes: number } {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const files = firstLoadFiles(manifest, routes);
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length,
    0,
  );
  return { files: files.length, gzipBytes };
}

if (require.main === module) {
  const dir = process.argv[2] ?? join(__dirname, '..', '..', 'apps', 'portal');
  const { files, gzipBytes } = measure(dir);
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = gzipBytes <= BUDGET_BYTES ? 'within' : 'OVER';
  process.stdout.write(
    `Portal bundle budget: the volunteer's first load is ${kb(gzipBytes)} of JS gzipped (${files} files), ${verdict} the budget of ${kb(BUDGET_BYTES)}.\n`,
  );
  if (gzipBytes > BUDGET_BYTES) process.exit(1);
}
