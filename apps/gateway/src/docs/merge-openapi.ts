import { addErrorResponses, type DocumentedError } from '@linkage/errors';
import type { OpenAPIObject, PathItemObject } from '@nestjs/swagger';

export interface ServiceDocument {
  service: string;
  document: OpenAPIObject | null;
}

const INTERNAL_PATHS = /^\/(health|metrics)(\/|$)/;

/**
 * Merges the services' OpenAPI documents into one: every `/api/...` path (services already serve their
 * API under /api, as the gateway does), their schemas and tags. Two services defining a schema of the
 * same name differently keep both, the later one renamed `<service>.<Name>` (the shared ones, ErrorBody
 * and FieldError, are the same everywhere and kept once). Every service operation also lists what the
 * gateway answers when the service cannot (502, 503, 504). A service whose document could not be
 * fetched is named in the description instead of silently missing.
 */
export function mergeOpenApi(base: OpenAPIObject, documents: ServiceDocument[]): OpenAPIObject {
  const merged: OpenAPIObject = {
    ...base,
    // The gateway's own API (the merged audit view) first; its probes stay out like the services'.
    paths: Object.fromEntries(
      Object.entries(base.paths ?? {}).filter(([path]) => !INTERNAL_PATHS.test(path)),
    ),
    components: { ...base.components, schemas: { ...(base.components?.schemas ?? {}) } },
    tags: [...(base.tags ?? [])],
  };
  const schemas = merged.components!.schemas!;
  const missing: string[] = [];

  for (const { service, document } of documents) {
    if (!document) {
      missing.push(service);
      continue;
    }
    const renames = new Map<string, string>();
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      if (name in schemas && JSON.stringify(schemas[name]) !== JSON.stringify(schema)) {
        renames.set(name, `${service}.${name}`);
      }
    }
    const doc = renames.size > 0 ? renameSchemaRefs(document, renames) : document;
    for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
      schemas[renames.get(name) ?? name] = schema;
    }
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      if (!INTERNAL_PATHS.test(path)) merged.paths[path] = withGatewayErrors(item, service);
    }
    for (const tag of doc.tags ?? []) {
      if (!merged.tags!.some((t) => t.name === tag.name)) merged.tags!.push(tag);
    }
    for (const [name, scheme] of Object.entries(doc.components?.securitySchemes ?? {})) {
      merged.components!.securitySchemes = { ...merged.components!.securitySchemes, [name]: scheme };
    }
  }
  if (missing.length > 0) {
    merged.info = {
      ...merged.info,
      description: `${merged.info.description ?? ''}\n\n**Not shown — unavailable right now:** ${missing.join(', ')}.`,
    };
  }
  return merged;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** What the gateway answers in the service's place when it is down, slow or broken (see routing/proxy). */
function withGatewayErrors(item: PathItemObject, service: string): PathItemObject {
  const errors: DocumentedError[] = [
    { statusCode: 502, code: 'BAD_GATEWAY', message: `The ${service} service failed to answer.` },
    {
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: `The ${service} service is unavailable; try again shortly.`,
    },
    { statusCode: 504, code: 'GATEWAY_TIMEOUT', message: `The ${service} service did not answer in time.` },
  ].map((e) => ({ ...e, details: { service } }));
  const copy = structuredClone(item);
  for (const method of METHODS) {
    const operation = copy[method];
    if (operation) addErrorResponses(operation, errors);
  }
  return copy;
}

function renameSchemaRefs(document: OpenAPIObject, renames: Map<string, string>): OpenAPIObject {
  let text = JSON.stringify(document);
  for (const [from, to] of renames) {
    text = text.split(`"#/components/schemas/${from}"`).join(`"#/components/schemas/${to}"`);
  }
  return JSON.parse(text) as OpenAPIObject;
}
