import type { OpenAPIObject } from '@nestjs/swagger';

export interface ServiceDocument {
  service: string;
  document: OpenAPIObject | null;
}

const INTERNAL_PATHS = /^\/(health|metrics)(\/|$)/;

/**
 * Merges the services' OpenAPI documents into one: every `/api/...` path (services already serve their
 * API under /api, as the gateway does), their schemas and tags. Two services defining a schema of the
 * same name differently keep both, the later one renamed `<service>.<Name>`. A service whose document
 * could not be fetched is named in the description instead of silently missing.
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
      if (!INTERNAL_PATHS.test(path)) merged.paths[path] = item;
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

function renameSchemaRefs(document: OpenAPIObject, renames: Map<string, string>): OpenAPIObject {
  let text = JSON.stringify(document);
  for (const [from, to] of renames) {
    text = text.split(`"#/components/schemas/${from}"`).join(`"#/components/schemas/${to}"`);
  }
  return JSON.parse(text) as OpenAPIObject;
}
