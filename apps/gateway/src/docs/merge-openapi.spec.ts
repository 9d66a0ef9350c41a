import type { OpenAPIObject } from '@nestjs/swagger';
import { mergeOpenApi } from './merge-openapi';

const base: OpenAPIObject = {
  openapi: '3.0.0',
  info: { title: 'Linkage', version: '1', description: 'All' },
  paths: {},
};

function doc(paths: string[], schemas: Record<string, object> = {}): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 's', version: '1' },
    paths: Object.fromEntries(
      paths.map((p) => [
        p,
        {
          get: {
            responses: {
              '200': {
                description: '',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Page' } } },
              },
            },
          },
        },
      ]),
    ),
    components: { schemas },
  };
}

describe('mergeOpenApi', () => {
  it('keeps every service path under /api and drops probes and metrics', () => {
    const merged = mergeOpenApi(base, [
      { service: 'partners', document: doc(['/api/organisations', '/health/ready', '/metrics']) },
      { service: 'screening', document: doc(['/api/campaigns', '/api/campaigns/{id}']) },
    ]);
    expect(Object.keys(merged.paths).sort()).toEqual([
      '/api/campaigns',
      '/api/campaigns/{id}',
      '/api/organisations',
    ]);
  });

  it('renames a schema two services define differently and rewrites the references to it', () => {
    const merged = mergeOpenApi(base, [
      {
        service: 'partners',
        document: doc(['/api/organisations'], { Page: { type: 'object', title: 'A' } }),
      },
      { service: 'screening', document: doc(['/api/campaigns'], { Page: { type: 'object', title: 'B' } }) },
    ]);
    expect(merged.components?.schemas?.Page).toEqual({ type: 'object', title: 'A' });
    expect(merged.components?.schemas?.['screening.Page']).toEqual({ type: 'object', title: 'B' });
    expect(JSON.stringify(merged.paths['/api/campaigns'])).toContain('#/components/schemas/screening.Page');
    expect(JSON.stringify(merged.paths['/api/organisations'])).toContain('#/components/schemas/Page"');
  });

  it('names the services whose documents could not be fetched', () => {
    const merged = mergeOpenApi(base, [
      { service: 'partners', document: doc(['/api/organisations']) },
      { service: 'counselling', document: null },
    ]);
    expect(merged.info.description).toContain('counselling');
    expect(merged.info.description).not.toContain('partners');
  });

  it('keeps a schema every service defines alike (ErrorBody) once, under its own name', () => {
    const errorBody = { type: 'object', properties: { code: { type: 'string' } } };
    const merged = mergeOpenApi(base, [
      { service: 'partners', document: doc(['/api/organisations'], { ErrorBody: errorBody }) },
      { service: 'screening', document: doc(['/api/campaigns'], { ErrorBody: { ...errorBody } }) },
    ]);
    expect(Object.keys(merged.components?.schemas ?? {})).toEqual(['ErrorBody']);
  });

  it('adds what the gateway answers for a service that is down, slow or broken, naming the service', () => {
    const merged = mergeOpenApi(base, [{ service: 'partners', document: doc(['/api/organisations']) }]);
    const responses = merged.paths['/api/organisations'].get!.responses as Record<
      string,
      { content: Record<string, { examples: Record<string, { value: unknown }> }> }
    >;
    expect(Object.keys(responses)).toEqual(['200', '502', '503', '504']);
    expect(responses['503'].content['application/json'].examples.SERVICE_UNAVAILABLE.value).toEqual({
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: 'The partners service is unavailable; try again shortly.',
      details: { service: 'partners' },
    });
  });
});
