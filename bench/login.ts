/**
 * Login benchmark: starts identity in this process against the local MySQL and NATS (MYSQL_*, NATS_URL
 * as for `npm start`) in a throwaway database, lets it create one account, fires N sign-ins with a few
 * in flight at a time, prints the latency percentiles and throughput, then drops the database and
 * deletes the run's streams.
 *
 *   npm run build && node dist/bench/login.js [requests=200] [concurrency=4]
 */
import { loadConfig } from '@linkage/config';
import { dropMysqlDatabase } from '@linkage/database';
import { createService } from '@linkage/service-kit';
import { deleteTestStreams } from '@linkage/testing';
import { randomBytes } from 'node:crypto';
import { availableParallelism, cpus } from 'node:os';
// The benchmark drives the identity app itself, as a deployment would run it.
import { IdentityConfig } from '../apps/identity/src/identity.config';
import { identityService } from '../apps/identity/src/identity.service-definition';

const ACCOUNT = { email: 'bench@linkage.test', password: 'bench-password-2024' };
const WARM_UP = 10;

async function main(): Promise<void> {
  const requests = positiveInt(process.argv[2], 200);
  const concurrency = positiveInt(process.argv[3], 4);
  const run = randomBytes(4).toString('hex');
  const database = `linkage_identity_bench_${run}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    MYSQL_DATABASE: database,
    NATS_SUBJECT_PREFIX: `bench${run}.`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ADMIN_EMAIL: ACCOUNT.email,
    ADMIN_PASSWORD: ACCOUNT.password,
  };
  const config = loadConfig(IdentityConfig, env);

  const app = await createService(identityService, env);
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const url = `http://127.0.0.1:${port}/api/auth/login`;
    const body = JSON.stringify({ login: ACCOUNT.email, password: ACCOUNT.password });
    const loginOnce = async (): Promise<number> => {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`login answered ${response.status}`);
      return performance.now() - started;
    };

    for (let i = 0; i < WARM_UP; i += 1) await loginOnce();

    const latencies: number[] = [];
    let next = 0;
    // Each hash in flight holds ARGON2_MEMORY_KIB; the peak shows what a pod's memory limit must allow.
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          next += 1;
          latencies.push(await loginOnce());
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);

    latencies.sort((a, b) => a - b);
    const ms = (value: number): string => `${value.toFixed(1)} ms`;
    const lines = [
      `identity login: ${requests} sign-ins, ${concurrency} in flight, after ${WARM_UP} warm-up`,
      `  machine   ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
      `  argon2id  m=${config.ARGON2_MEMORY_KIB} KiB, t=${config.ARGON2_TIME_COST}, p=${config.ARGON2_PARALLELISM}`,
      `  latency   p50 ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}  p99 ${ms(percentile(latencies, 99))}  max ${ms(latencies.at(-1) ?? 0)}`,
      `  mean      ${ms(latencies.reduce((sum, v) => sum + v, 0) / latencies.length)}`,
      `  rate      ${(requests / seconds).toFixed(1)} req/s`,
      `  peak RSS  ${Math.round(peakRss / 1_048_576)} MiB (whole process)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await app.close();
    await dropMysqlDatabase(config, database);
    await deleteTestStreams(env);
  }
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

function positiveInt(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
