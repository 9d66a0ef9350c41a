import SwaggerParser from '@apidevtools/swagger-parser';
import { CommonErrors, type ErrorTable } from '@linkage/errors';
import { HttpClient, principal, startTestSystem, tokenFor, type TestSystem } from '@linkage/testing';
import { ROLES } from '@linkage/auth';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { counsellingService } from '../../apps/counselling/src/counselling.service-definition';
import { createGateway } from '../../apps/gateway/src/gateway';
import { identityService } from '../../apps/identity/src/identity.service-definition';
import { partnersService } from '../../apps/partners/src/partners.service-definition';
import { screeningService } from '../../apps/screening/src/screening.service-definition';
import { volunteersService } from '../../apps/volunteers/src/volunteers.service-definition';

type Schema = SchemaObject | ReferenceObject;
interface Operation {
  label: string;
  path: string;
  method: string;
  operation: OperationObject;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** Operations that cannot answer any 4xx: public, and they take no input. */
const NO_CLIENT_ERRORS = ['GET /api/auth/jwks'];
/**
 * Codes in a module's table that no HTTP operation can answer: checks in pure rules that the request
 * validation or an earlier check of the same operation always answers first, and configuration read at
 * boot. A code that becomes reachable belongs on its operations instead.
 */
const NOT_OVER_HTTP = [
  'POINTS_RULES_INVALID', // the points rule table, checked at boot
  'MANUAL_AWARD_INVALID', // AwardPointsDto already demands a whole non-zero number and a reason (400)
  'INVALID_HOURS', // AdjustHoursDto's pattern admits only half hours; no travel time is taken yet
  'CHECK_OUT_NOT_AFTER_CHECK_IN', // attendance refuses such times first: ATTENDANCE_TIMES_INVALID
  'TRAVEL_EXCEEDS_ATTENDANCE', // no travel time is taken over HTTP yet
];

/**
 * The merged OpenAPI document, as the gateway serves it from every running service, says what the API
 * does: it is valid OpenAPI 3, every schema has a shape, every operation has a summary, its error
 * answers (as ErrorBody, with the codes it may answer and an example of each) and examples of its input.
 */
describe('the merged OpenAPI document', () => {
  let system: TestSystem;
  let app: NestFastifyApplication;
  let gateway: HttpClient;
  let document: OpenAPIObject;
  let operations: Operation[];

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
    gateway = new HttpClient(`http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`);
    const response = await gateway.get('/docs-json');
    expect(response.status).toBe(200);
    document = response.body as OpenAPIObject;
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.flatMap((method) =>
        item[method]
          ? [{ label: `${method.toUpperCase()} ${path}`, path, method, operation: item[method] }]
          : [],
      ),
    );
  });
  afterAll(async () => {
    await app?.close();
    await system?.close();
  });

  const schemaOf = (ref: string): SchemaObject =>
    document.components!.schemas![ref.replace('#/components/schemas/', '')] as SchemaObject;
  const parametersOf = (operation: OperationObject): ParameterObject[] =>
    (operation.parameters ?? []) as ParameterObject[];
  const errorResponses = (operation: OperationObject): [string, ResponseObject][] =>
    Object.entries(operation.responses).filter(([status]) => Number(status) >= 400) as [
      string,
      ResponseObject,
    ][];

  it('is valid OpenAPI 3 by the official schema', async () => {
    // swagger-parser dereferences the document it is given, in place.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
    expect(document.openapi).toMatch(/^3\./);
    expect(operations.length).toBeGreaterThan(70);
  });

  it('has no schema that is an object without a shape, nested or inline', () => {
    const shapeless: string[] = [];
    const visit = (schema: Schema | undefined, where: string): void => {
      if (!schema || '$ref' in schema) return;
      const combined = schema.allOf ?? schema.oneOf ?? schema.anyOf;
      if (schema.type === 'object' && !schema.properties && !schema.additionalProperties && !combined) {
        shapeless.push(where);
      }
      for (const [name, property] of Object.entries(schema.properties ?? {}))
        visit(property, `${where}.${name}`);
      if (schema.type === 'array') visit(schema.items, `${where}[]`);
      if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, `${where}{}`);
      for (const [i, part] of (combined ?? []).entries()) visit(part, `${where}(${i})`);
      if (schema.not) visit(schema.not, `${where}!`);
    };
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) visit(schema, name);
    for (const { label, operation } of operations) {
      for (const p of parametersOf(operation)) visit(p.schema, `${label} ${p.in} ${p.name}`);
      for (const [type, media] of Object.entries(
        (operation.requestBody as { content?: Record<string, { schema?: Schema }> })?.content ?? {},
      ))
        visit(media.schema, `${label} body ${type}`);
      for (const [status, response] of Object.entries(operation.responses))
        for (const [type, media] of Object.entries((response as ResponseObject).content ?? {}))
          visit(media.schema, `${label} ${status} ${type}`);
    }
    expect(shapeless).toEqual([]);
  });

  it('names its enums: no inline enum outside the error codes', () => {
    const inline: string[] = [];
    const visit = (schema: Schema | undefined, where: string): void => {
      if (!schema || '$ref' in schema) return;
      if (schema.enum) inline.push(where);
      for (const [name, property] of Object.entries(schema.properties ?? {}))
        visit(property, `${where}.${name}`);
      if (schema.type === 'array') visit(schema.items, `${where}[]`);
      for (const part of schema.allOf ?? schema.oneOf ?? []) visit(part, where);
    };
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      // A named enum is a component of its own; its properties are what must not be inline.
      if (!(schema as SchemaObject).enum) visit(schema, name);
    }
    for (const { label, operation } of operations) {
      for (const p of parametersOf(operation)) visit(p.schema, `${label} ${p.in} ${p.name}`);
    }
    expect(inline).toEqual([]);
  });

  it('gives every operation a summary, a success answer and its client errors', () => {
    const missing = operations.flatMap(({ label, operation }) => {
      const statuses = Object.keys(operation.responses);
      return [
        ...(operation.summary?.trim() ? [] : [`${label}: no summary`]),
        ...(statuses.some((s) => /^2\d\d$/.test(s)) ? [] : [`${label}: no 2xx answer`]),
        ...(statuses.some((s) => /^4\d\d$/.test(s)) || NO_CLIENT_ERRORS.includes(label)
          ? []
          : [`${label}: no 4xx answer`]),
      ];
    });
    expect(missing).toEqual([]);
  });

  it('answers every error as an ErrorBody naming its codes, with an example of each', () => {
    const wrong: string[] = [];
    for (const { label, operation } of operations) {
      for (const [status, response] of errorResponses(operation)) {
        const media = response.content?.['application/json'];
        const [base, narrowed] = ((media?.schema as SchemaObject | undefined)?.allOf ?? []) as [
          ReferenceObject?,
          SchemaObject?,
        ];
        const codes = (narrowed?.properties?.code as SchemaObject | undefined)?.enum ?? [];
        const examples = Object.values(media?.examples ?? {}).map(
          (e) => (e as { value: { statusCode: number; code: string; message: string } }).value,
        );
        if (base?.$ref !== '#/components/schemas/ErrorBody')
          wrong.push(`${label} ${status}: not an ErrorBody`);
        if (codes.length === 0) wrong.push(`${label} ${status}: no codes`);
        if (JSON.stringify(examples.map((e) => e.code)) !== JSON.stringify(codes))
          wrong.push(`${label} ${status}: examples ≠ codes`);
        for (const e of examples)
          if (e.statusCode !== Number(status) || !e.message)
            wrong.push(`${label} ${status}: example ${e.code}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('documents 401 on every secured operation, 403 where roles leave someone out, 404 for every path id', () => {
    const codesAt = (operation: OperationObject, status: string): string[] => {
      const response = operation.responses[status] as ResponseObject | undefined;
      return Object.keys(response?.content?.['application/json']?.examples ?? {});
    };
    const missing = operations.flatMap(({ label, operation }) => {
      const secured = (operation.security ?? []).some((s) => 'bearer' in s);
      const roles = (operation as { 'x-roles'?: string[] })['x-roles'];
      const problems: string[] = [];
      if (secured && !codesAt(operation, '401').includes('AUTH_REQUIRED')) problems.push(`${label}: 401`);
      if (
        roles &&
        ROLES.some((r) => !roles.includes(r)) &&
        !codesAt(operation, '403').includes('ROLE_FORBIDDEN')
      )
        problems.push(`${label}: 403`);
      if (parametersOf(operation).some((p) => p.in === 'path') && codesAt(operation, '404').length === 0)
        problems.push(`${label}: 404`);
      return problems;
    });
    expect(missing).toEqual([]);
  });

  it('names every error code a module can raise on some operation', async () => {
    const documented = new Set(
      operations.flatMap(({ operation }) =>
        errorResponses(operation).flatMap(([, r]) =>
          Object.keys(r.content?.['application/json']?.examples ?? {}),
        ),
      ),
    );
    const raised = new Set([
      ...(await errorTables()).flatMap((t) => Object.keys(t.codes)),
      ...Object.keys(CommonErrors.codes),
    ]);
    const undocumented = [...raised].filter((code) => !documented.has(code) && !NOT_OVER_HTTP.includes(code));
    expect(undocumented).toEqual([]);
  });

  it('gives an example of every property of request and response bodies', () => {
    const missing = new Set<string>();
    const seen = new Set<string>();
    const visit = (schema: Schema | undefined, where: string): void => {
      if (!schema) return;
      if ('$ref' in schema) {
        if (seen.has(schema.$ref)) return;
        seen.add(schema.$ref);
        return visit(schemaOf(schema.$ref), schema.$ref.split('/').pop()!);
      }
      for (const part of schema.allOf ?? []) visit(part, where);
      if (schema.type === 'array') return visit(schema.items, where);
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        const p = property as SchemaObject & Partial<ReferenceObject>;
        // A nested class has examples of its own; a named enum lists its values.
        const nested = p.$ref
          ? { $ref: p.$ref }
          : (p.allOf?.[0] ?? (p.type === 'array' ? p.items : undefined));
        if (nested && '$ref' in nested) visit(nested, `${where}.${name}`);
        else if (p.example === undefined) missing.add(`${where}.${name}`);
      }
    };
    for (const { operation } of operations) {
      const body = (operation.requestBody as { content?: Record<string, { schema?: Schema }> })?.content;
      visit(body?.['application/json']?.schema, 'body');
      for (const [status, response] of Object.entries(operation.responses))
        if (/^2/.test(status))
          visit((response as ResponseObject).content?.['application/json']?.schema, status);
    }
    expect([...missing].sort()).toEqual([]);
  });

  it('merges the services without renaming a schema: no two define one name differently', () => {
    expect(Object.keys(document.components?.schemas ?? {}).filter((name) => name.includes('.'))).toEqual([]);
  });

  it('answers a path id that is not a UUID with a 400 the operation documents', async () => {
    const everyone = gateway.withToken(await tokenFor(principal('admin', { roles: [...ROLES] })));
    const wrong: string[] = [];
    for (const { label, path, method, operation } of operations) {
      const ids = parametersOf(operation).filter(
        (p) => p.in === 'path' && (p.schema as SchemaObject)?.format === 'uuid',
      );
      if (ids.length === 0) continue;
      const concrete = path.replace(/\{[^}]+\}/g, 'not-a-uuid');
      const response = await everyone.request(
        method.toUpperCase(),
        concrete,
        method === 'get' ? undefined : {},
      );
      const documented = Object.keys(
        (operation.responses['400'] as ResponseObject | undefined)?.content?.['application/json']?.examples ??
          {},
      );
      if (response.status !== 400 || !documented.includes(response.body.code))
        wrong.push(`${label}: ${response.status} ${response.body.code}`);
    }
    expect(wrong).toEqual([]);
  });
});

/** Every module's code table: the error classes declared in apps/* and libs/* `*.error.ts` files. */
async function errorTables(): Promise<ErrorTable[]> {
  const root = join(__dirname, '..', '..');
  const files = ['apps', 'libs'].flatMap((top) =>
    (readdirSync(join(root, top), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.error.ts') && f.includes('/src/'))
      .map((f) => join(root, top, f)),
  );
  const modules = await Promise.all(files.map((file) => import(file) as Promise<Record<string, unknown>>));
  return modules.flatMap((exports) =>
    Object.values(exports).filter(
      (value): value is ErrorTable =>
        typeof value === 'function' && typeof (value as Partial<ErrorTable>).codes === 'object',
    ),
  );
}
