/**
 * Turns the gateway's merged OpenAPI document into the TypeScript declarations the portal's typed
 * client (openapi-fetch) reads: `paths` (per path and method: parameters, request body, responses) and
 * `components` (the schemas), in the shape openapi-typescript 7 produces.
 *
 * Our own, small, because openapi-typescript 7 declares a peer of TypeScript 5 and this project is on
 * TypeScript 6; the document Nest's Swagger module writes uses a small part of JSON Schema, all of which
 * is handled here. The output is deterministic (sorted paths and schemas), so CI can compare it with the
 * checked-in file (test/portal/api-types.e2e-spec.ts).
 */

type Json = Record<string, unknown>;

interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  description?: string;
  deprecated?: boolean;
}

interface ParameterObject {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
  description?: string;
}

interface OperationObject {
  operationId?: string;
  summary?: string;
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: SchemaObject }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: SchemaObject }> }>;
}

export interface OpenApiDocument {
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const GENERATED_HEADER = [
  '/**',
  " * The Linkage API as the portal's typed client sees it: generated from the gateway's merged OpenAPI",
  ' * document by scripts/portal/openapi-types.ts. Do not edit by hand; regenerate with',
  ' * `npm run portal:api-types` (CI fails when this file is not current).',
  ' */',
  '',
].join('\n');

export function openApiToTypeScript(document: OpenApiDocument): string {
  const out: string[] = [GENERATED_HEADER];
  out.push('export interface paths {');
  for (const path of Object.keys(document.paths ?? {}).sort()) {
    const item = document.paths![path];
    out.push(`  ${key(path)}: {`);
    for (const method of METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      const pathParameters = (item.parameters ?? []) as ParameterObject[];
      out.push(...comment(operation.summary, 4));
      out.push(`    ${method}: ${operationType(operation, pathParameters, 4)};`);
    }
    out.push('  };');
  }
  out.push('}', '');
  out.push('export interface components {', '  schemas: {');
  const schemas = document.components?.schemas ?? {};
  for (const name of Object.keys(schemas).sort()) {
    out.push(...comment(schemas[name].description, 4));
    out.push(`    ${key(name)}: ${schemaType(schemas[name], 4)};`);
  }
  out.push('  };', '}', '');
  out.push("export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];", '');
  return out.join('\n');
}

function operationType(operation: OperationObject, inherited: ParameterObject[], indent: number): string {
  const pad = ' '.repeat(indent);
  const lines: string[] = ['{'];
  const parameters = [...inherited, ...((operation.parameters ?? []) as ParameterObject[])];
  const groups: Record<ParameterObject['in'], ParameterObject[]> = {
    query: [],
    path: [],
    header: [],
    cookie: [],
  };
  for (const parameter of parameters) {
    // The bearer token travels through the security scheme, which the client applies to every call.
    if (parameter.in === 'header' && parameter.name.toLowerCase() === 'authorization') continue;
    groups[parameter.in]?.push(parameter);
  }
  lines.push(`${pad}  parameters: {`);
  for (const where of ['query', 'header', 'path', 'cookie'] as const) {
    const list = groups[where];
    if (list.length === 0) {
      lines.push(`${pad}    ${where}?: never;`);
      continue;
    }
    const optional = list.every((p) => !p.required && where !== 'path');
    lines.push(`${pad}    ${where}${optional ? '?' : ''}: {`);
    for (const p of list) {
      lines.push(...comment(p.description, indent + 6));
      const required = p.required || where === 'path';
      lines.push(
        `${pad}      ${key(p.name)}${required ? '' : '?'}: ${schemaType(p.schema ?? {}, indent + 6)};`,
      );
    }
    lines.push(`${pad}    };`);
  }
  lines.push(`${pad}  };`);

  const body = operation.requestBody;
  if (body?.content && Object.keys(body.content).length > 0) {
    lines.push(`${pad}  requestBody${body.required ? '' : '?'}: {`, `${pad}    content: {`);
    for (const media of Object.keys(body.content).sort()) {
      lines.push(`${pad}      ${key(media)}: ${schemaType(body.content[media].schema ?? {}, indent + 6)};`);
    }
    lines.push(`${pad}    };`, `${pad}  };`);
  } else {
    lines.push(`${pad}  requestBody?: never;`);
  }

  lines.push(`${pad}  responses: {`);
  for (const status of Object.keys(operation.responses ?? {}).sort()) {
    const response = operation.responses![status];
    lines.push(...comment(response.description, indent + 4));
    const statusKey = /^\d+$/.test(status) ? status : key(status);
    lines.push(`${pad}    ${statusKey}: {`, `${pad}      headers: { [name: string]: unknown };`);
    const content = response.content ?? {};
    if (Object.keys(content).length === 0) {
      lines.push(`${pad}      content?: never;`);
    } else {
      lines.push(`${pad}      content: {`);
      for (const media of Object.keys(content).sort()) {
        lines.push(`${pad}        ${key(media)}: ${schemaType(content[media].schema ?? {}, indent + 8)};`);
      }
      lines.push(`${pad}      };`);
    }
    lines.push(`${pad}    };`);
  }
  lines.push(`${pad}  };`, `${pad}}`);
  return lines.join('\n');
}

export function schemaType(schema: SchemaObject, indent = 0): string {
  const base = baseType(schema, indent);
  return schema.nullable && base !== 'null' && base !== 'unknown' ? `${wrap(base)} | null` : base;
}

function baseType(schema: SchemaObject, indent: number): string {
  if (schema.$ref) {
    const name = decodeURIComponent(schema.$ref.replace(/^#\/components\/schemas\//, ''));
    return `components['schemas'][${JSON.stringify(name).replace(/"/g, "'")}]`;
  }
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.enum) return schema.enum.map(literal).join(' | ') || 'never';
  if (schema.allOf) return schema.allOf.map((s) => wrap(schemaType(s, indent))).join(' & ');
  const union = schema.oneOf ?? schema.anyOf;
  if (union) return union.map((s) => wrap(schemaType(s, indent))).join(' | ');
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return types.map((t) => schemaType({ ...schema, type: t }, indent)).join(' | ');
  switch (types[0]) {
    case 'string':
      return schema.format === 'binary' ? 'Blob' : 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return `${wrap(schemaType(schema.items ?? {}, indent))}[]`;
    case 'object':
    case undefined:
      return objectType(schema, indent);
    default:
      return 'unknown';
  }
}

function objectType(schema: SchemaObject, indent: number): string {
  const properties = schema.properties ?? {};
  const names = Object.keys(properties);
  const extra = schema.additionalProperties;
  if (names.length === 0) {
    if (extra && typeof extra === 'object') return `{ [key: string]: ${schemaType(extra, indent)} }`;
    return schema.type === 'object' || extra ? '{ [key: string]: unknown }' : 'unknown';
  }
  const pad = ' '.repeat(indent);
  const required = new Set(schema.required ?? []);
  const lines = ['{'];
  for (const name of names) {
    const property = properties[name];
    lines.push(...comment(property.description, indent + 2, property.deprecated));
    lines.push(`${pad}  ${key(name)}${required.has(name) ? '' : '?'}: ${schemaType(property, indent + 2)};`);
  }
  if (extra && typeof extra === 'object') lines.push(`${pad}  [key: string]: unknown;`);
  lines.push(`${pad}}`);
  return lines.join('\n');
}

function wrap(type: string): string {
  return /[|&]/.test(type) && !type.startsWith('{') ? `(${type})` : type;
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value);
}

function key(name: string): string {
  return IDENTIFIER.test(name) ? name : `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function comment(text: string | undefined, indent: number, deprecated = false): string[] {
  const lines = (text ?? '').split('\n').filter((l) => l.trim() !== '');
  if (deprecated) lines.push('@deprecated');
  if (lines.length === 0) return [];
  const pad = ' '.repeat(indent);
  const safe = lines.map((l) => l.replace(/\*\//g, '*\\/'));
  if (safe.length === 1) return [`${pad}/** ${safe[0]} */`];
  return [`${pad}/**`, ...safe.map((l) => `${pad} * ${l}`), `${pad} */`];
}

/** True when the value looks like an OpenAPI document with paths. */
export function isOpenApiDocument(value: unknown): value is OpenApiDocument {
  return typeof value === 'object' && value !== null && 'paths' in (value as Json);
}
