/**
 * The screening benchmarks of issue 11, against the local MySQL/MariaDB and NATS (MYSQL_*, NATS_URL as
 * for `npm start`) in a throwaway database:
 *
 *   (a) the campaign dashboard over 100,000 results' worth of counts (8 communities; the counts, the
 *       stage-2 tasks, referrals and follow-ups inserted directly in bulk), p99 under autocannon
 *       (target ≤ 200 ms);
 *   (b) importing 10,000 stage-1 rows from an XLSX (target ≤ 10 s), the file read with exceljs'
 *       streaming reader; the process's peak memory is sampled while it runs.
 *
 * The screening service runs in its own process (bench/screening/serve.ts), whose memory is sampled
 * during the import; tokens are minted here and trusted through AUTH_JWKS. Drops its database and
 * streams in any case.
 *
 *   npm run bench:screening [-- --connections=20 --duration=10 --rows=10000]
 */
import { loadConfig } from '@linkage/config';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { dropMysqlDatabase, mysqlServerOptions, newId } from '@linkage/database';
import { withRuntimeOptions } from '@linkage/config';
import { deleteTestStreams } from '@linkage/testing';
import autocannon from 'autocannon';
import ExcelJS from 'exceljs';
import { createConnection, type Connection } from 'mysql2/promise';
import { randomBytes } from 'node:crypto';
import { availableParallelism, cpus } from 'node:os';
import { STAGE1_COLUMNS } from '../../apps/screening/src/import/stage1-form';
import { ScreeningConfig } from '../../apps/screening/src/screening.config';
import { principal, TokenMint } from '../tokens';

const COMMUNITIES = [
  '滨海路社区',
  '黄海路社区',
  '莱山社区',
  '初家社区',
  '马山社区',
  '解甲庄社区',
  '院格庄社区',
  '观海社区',
];
const BANDS = ['under_65', '65_69', '70_74', '75_79', '80_84', '85_plus'];
const SEXES = ['female', 'male'];
const TARGETS = { dashboardP99Ms: 200, importSeconds: 10 };
const log = (line: string): boolean => process.stdout.write(`${line}\n`);

function option(name: string, fallback: number): number {
  const given = process.argv.find((a) => a.startsWith(`--${name}=`));
  return given ? Number(given.split('=')[1]) : fallback;
}

async function main(): Promise<number> {
  const connections = option('connections', 10);
  const duration = option('duration', 10);
  const importRows = option('rows', 10_000);
  const run = randomBytes(4).toString('hex');
  const mint = new TokenMint();
  const database = `linkage_screening_bench_${run}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: 'silent',
    AUTH_JWKS: mint.jwks,
    NATS_SUBJECT_PREFIX: `bench${run}.`,
    MYSQL_DATABASE: database,
    IMPORT_MAX_BYTES: String(50 * 1_048_576),
  };
  const config = loadConfig(ScreeningConfig, env);
  log(
    `Linkage screening benchmark ${run}: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
  );
  log(`  MySQL ${config.MYSQL_HOST}:${config.MYSQL_PORT} database ${database}; NATS ${config.NATS_URL}`);

  const child = fork(join(__dirname, 'serve.js'), [], {
    env: withRuntimeOptions(env),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let db: Connection | undefined;
  try {
    const url = `http://127.0.0.1:${await ready(child)}`;
    db = await createConnection({ ...mysqlServerOptions(config), database });
    const token = await mint.token(principal('coordinator', '压测协调员'));
    const campaignId = await plan(url, token);

    log('\n(a) the dashboard over 100,000 results’ worth of counts');
    const loaded = await loadCounts(db, campaignId, 100_000);
    log(
      `  loaded ${loaded.results} results as ${loaded.countRows} count rows, ${loaded.tasks} stage-2 tasks, ${loaded.referrals} referrals, ${loaded.followUps} follow-ups`,
    );
    // One at a time first: what a single read costs, without concurrent reads sharing a query.
    const single: number[] = [];
    for (let n = 0; n < 30; n += 1) {
      const t = performance.now();
      await fetch(`${url}/api/campaigns/${campaignId}/dashboard`, {
        headers: { authorization: `Bearer ${token}` },
      });
      single.push(performance.now() - t);
    }
    single.sort((a, b) => a - b);
    log(`  one at a time (30): median ${single[15].toFixed(1)} ms, slowest ${single[29].toFixed(1)} ms`);
    const dashboard = await load(
      `${url}/api/campaigns/${campaignId}/dashboard`,
      token,
      connections,
      duration,
    );
    log(
      `  ${connections} connections × ${duration} s: ${dashboard.requests} requests, ${dashboard.rps.toFixed(0)} req/s, p50 ${dashboard.p50} ms, p99 ${dashboard.p99} ms, non-2xx ${dashboard.errors}`,
    );

    log(`\n(b) importing ${importRows} stage-1 rows from an XLSX`);
    const file = await stage1Workbook(importRows);
    log(`  file ${(file.length / 1_048_576).toFixed(2)} MB`);
    const baseline = await rssOf(child);
    let peak = baseline;
    let asking = false;
    const sampler = setInterval(() => {
      if (asking) return;
      asking = true;
      void rssOf(child).then((rss) => {
        peak = Math.max(peak, rss);
        asking = false;
      });
    }, 20);
    const started = performance.now();
    const response = await fetch(`${url}/api/campaigns/${campaignId}/imports`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: file,
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const summary = (await response.json()) as {
      residents?: number;
      results?: number;
      stage1Positive?: number;
    };
    if (response.status !== 201) log(`  ${JSON.stringify(summary).slice(0, 800)}`);
    log(
      `  ${response.status}: ${summary.residents} residents, ${summary.results} results, ${summary.stage1Positive} stage-2 tasks in ${seconds.toFixed(2)} s`,
    );
    log(
      `  memory: rss ${(baseline / 1_048_576).toFixed(0)} MB before, peak ${(peak / 1_048_576).toFixed(0)} MB (+${((peak - baseline) / 1_048_576).toFixed(0)} MB)`,
    );

    const dashboardMet = dashboard.p99 <= TARGETS.dashboardP99Ms && dashboard.errors === 0;
    const importMet =
      response.status === 201 && seconds <= TARGETS.importSeconds && summary.residents === importRows;
    log('\nsummary');
    log(
      `  dashboard p99 ${dashboard.p99} ms (target ≤ ${TARGETS.dashboardP99Ms} ms): ${dashboardMet ? 'met' : 'missed'}`,
    );
    log(
      `  import of ${importRows} rows ${seconds.toFixed(2)} s (target ≤ ${TARGETS.importSeconds} s): ${importMet ? 'met' : 'missed'}`,
    );
    return dashboardMet && importMet ? 0 : 1;
  } finally {
    await db?.end();
    await stop(child);
    await dropMysqlDatabase(config, database);
    await deleteTestStreams(env);
  }
}

function ready(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('screening did not start within 90 s')), 90_000);
    child.on('message', (m: { type: string; port?: number; error?: string }) => {
      if (m.type === 'ready') resolve(m.port!);
      if (m.type === 'failed') reject(new Error(m.error));
      if (m.type !== 'memory') clearTimeout(timer);
    });
  });
}

/** The service process's resident set size, asked over IPC. */
function rssOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const answer = (m: { type: string; rss?: number }): void => {
      if (m.type !== 'memory') return;
      child.off('message', answer);
      resolve(m.rss!);
    };
    child.on('message', answer);
    child.send({ type: 'memory' });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.send({ type: 'stop' });
  });
}

async function plan(url: string, token: string): Promise<string> {
  const response = await fetch(`${url}/api/campaigns`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: '“记忆礼包”压测',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
      partnerOrganisationIds: [],
      targets: COMMUNITIES.map((community) => ({ community, target: 20_000 })),
    }),
  });
  if (response.status !== 201) throw new Error(`planning the campaign answered ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

/** Spreads `results` over communities, sexes and age bands as counts, with the pathway's work alongside. */
async function loadCounts(db: Connection, campaignId: string, results: number) {
  const residents = results / 2; // AD8 and Mini-Cog each
  const cells = COMMUNITIES.flatMap((c) => SEXES.flatMap((s) => BANDS.map((b) => [c, s, b])));
  const per = Math.floor(residents / cells.length);
  const counts: unknown[][] = [];
  const pathway: unknown[][] = [];
  for (const [community, sex, band] of cells) {
    const positive = Math.round(per * 0.2);
    for (const instrument of ['AD8', 'MINI_COG'])
      counts.push(
        [campaignId, community, 1, instrument, 'positive', sex, band, Math.round(positive * 0.7)],
        [campaignId, community, 1, instrument, 'negative', sex, band, per - Math.round(positive * 0.7)],
      );
    pathway.push([
      campaignId,
      community,
      sex,
      band,
      per,
      positive,
      Math.round(positive * 0.8),
      Math.round(positive * 0.3),
    ]);
  }
  await db.query(
    'INSERT INTO screening_counts (campaign_id, community, stage, instrument, classification, sex, age_band, count) VALUES ?',
    [counts],
  );
  await db.query(
    'INSERT INTO pathway_counts (campaign_id, community, sex, age_band, screened, stage1_positive, stage2_done, stage2_positive) VALUES ?',
    [pathway],
  );
  const tasks: unknown[][] = [];
  const referrals: unknown[][] = [];
  const followUps: unknown[][] = [];
  const now = new Date();
  for (let i = 0; i < residents * 0.2; i += 1) {
    const community = COMMUNITIES[i % COMMUNITIES.length];
    const day = `2026-${String(9 + (i % 4)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    tasks.push([
      newId(),
      campaignId,
      newId(),
      community,
      'stage2',
      i % 5 === 0 ? 'open' : 'done',
      day,
      newId(),
      now,
    ]);
    if (i % 3 === 0) {
      const status = ['sent', 'accepted', 'completed', 'awaiting_consent'][i % 4];
      referrals.push([
        newId(),
        campaignId,
        newId(),
        community,
        newId(),
        'MOCA',
        'MOCA@1',
        'v1.x',
        status,
        now,
        now,
      ]);
    }
    if (i % 5 === 0) followUps.push([newId(), campaignId, newId(), community, 'visit', 'planned', day]);
  }
  for (let i = 0; i < tasks.length; i += 5000)
    await db.query(
      'INSERT INTO pathway_tasks (id, campaign_id, resident_id, community, kind, status, due_on, trigger_result_id, created_at) VALUES ?',
      [tasks.slice(i, i + 5000)],
    );
  for (let i = 0; i < referrals.length; i += 5000)
    await db.query(
      'INSERT INTO referrals (id, campaign_id, resident_id, community, result_id, instrument, version, score_enc, status, created_at, sent_at) VALUES ?',
      [referrals.slice(i, i + 5000)],
    );
  for (let i = 0; i < followUps.length; i += 5000)
    await db.query(
      'INSERT INTO follow_ups (id, campaign_id, resident_id, community, kind, status, due_on) VALUES ?',
      [followUps.slice(i, i + 5000)],
    );
  return {
    results: per * cells.length * 2,
    countRows: counts.length + pathway.length,
    tasks: tasks.length,
    referrals: referrals.length,
    followUps: followUps.length,
  };
}

async function load(url: string, token: string, connections: number, duration: number) {
  const options = { url, connections, headers: { authorization: `Bearer ${token}` } };
  await autocannon({ ...options, duration: 2 }); // warm up
  const result = await autocannon({ ...options, duration });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

/** A workbook of `rows` distinct, valid stage-1 forms (a third positive), written with the streaming writer. */
async function stage1Workbook(rows: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const { PassThrough } = await import('node:stream');
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  const sheet = workbook.addWorksheet('初筛登记');
  sheet.addRow(STAGE1_COLUMNS.map((c) => c.header)).commit();
  for (let n = 0; n < rows; n += 1) {
    const positive = n % 3 === 0;
    const birth = `19${40 + (n % 20)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    sheet
      .addRow([
        COMMUNITIES[n % COMMUNITIES.length],
        `压测居民${n}`,
        n % 2 ? '男' : '女',
        birth,
        '',
        `139${String(n).padStart(8, '0')}`,
        '小学',
        '6',
        '王强',
        '儿子',
        '是',
        '2026-10-17',
        ...Array.from({ length: 8 }, (_, i) => (positive && i < 3 ? '是' : '否')),
        '2',
        '2',
        '张明远',
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
