import { seedDemoData } from './demo/seed-demo';

/** Loads the demo data through a running gateway (docker compose's demo-seed service runs this). */
const gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
seedDemoData(gatewayUrl)
  .then((summary) => {
    process.stdout.write(
      `Demo data: loaded ${summary.seeded.join(', ') || 'nothing'}; already there: ${summary.skipped.join(', ') || 'nothing'}.\n`,
    );
  })
  .catch((error: unknown) => {
    process.stderr.write(`Demo data failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
