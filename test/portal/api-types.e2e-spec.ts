import { HttpClient, startTestSystem, type TestSystem } from '@linkage/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { counsellingService } from '../../apps/counselling/src/counselling.service-definition';
import { createGateway } from '../../apps/gateway/src/gateway';
import { identityService } from '../../apps/identity/src/identity.service-definition';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { screeningService } from '../../apps/screening/src/screening.service-definition';
import { volunteersService } from '../../apps/volunteers/src/volunteers.service-definition';
import { openApiToTypeScript } from '../../scripts/portal/openapi-types';

const target = join(__dirname, '..', '..', 'apps', 'portal', 'src', 'api', 'schema.d.ts');

/**
 * The portal's typed client is generated from the merged OpenAPI document of the running system. This
 * test starts every service, generates the declarations again and fails when the checked-in file differs,
 * so the portal and the API cannot drift apart. `npm run portal:api-types` runs it with
 * UPDATE_PORTAL_API_TYPES=1, which writes the file instead.
 */
/** Prettier's own API imports its plugins dynamically, which jest cannot; its CLI formats stdin. */
function prettier(text: string): string {
  const bin = join(__dirname, '..', '..', 'node_modules', 'prettier', 'bin', 'prettier.cjs');
  return execFileSync(process.execPath, [bin, '--stdin-filepath', target], { input: text, encoding: 'utf8' });
}

describe("the portal's API types", () => {
  let system: TestSystem;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    system = await startTestSystem([
      identityService,
      volunteersService,
      partnersService,
      screeningService,
      counsellingService,
    ]);
    app = await createGateway({ ...process.env, ...system.gatewayEnv, PORT: '0' });
    await app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await system?.close();
  });

  it('are generated from the current merged OpenAPI document', async () => {
    const port = (app.getHttpServer().address() as { port: number }).port;
    const docs = await new HttpClient(`http://127.0.0.1:${port}`).get('/docs-json');
    expect(docs.status).toBe(200);
    const generated = prettier(openApiToTypeScript(docs.body));
    if (process.env.UPDATE_PORTAL_API_TYPES === '1') {
      await writeFile(target, generated);
      return;
    }
    const checkedIn = await readFile(target, 'utf8').catch(() => '');
    // Not toEqual on the whole text: the first differing line is what a reader needs.
    const a = checkedIn.split('\n');
    const b = generated.split('\n');
    const first = b.findIndex((line, i) => line !== a[i]);
    expect({
      upToDate: checkedIn === generated,
      firstDifference: first === -1 && a.length === b.length ? null : { line: first + 1, expected: b[first] },
      fix: 'npm run portal:api-types',
    }).toEqual({ upToDate: true, firstDifference: null, fix: 'npm run portal:api-types' });
  });
});
