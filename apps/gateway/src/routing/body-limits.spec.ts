import { bodyLimitFor } from './body-limits';

const limits = { standard: 1_048_576, imports: 10 * 1_048_576 };

describe('the body limit per route', () => {
  it.each([
    ['POST', '/api/campaigns/0192b7e2-9e5f-7a7b-8c8d-0e1f2a3b4c5d/imports', limits.imports],
    ['POST', '/api/campaigns/abc/imports?x=1', limits.imports],
    ['POST', '/api/campaigns/abc/imports/', limits.imports],
    ['PUT', '/api/campaigns/abc/imports', limits.standard],
    ['POST', '/api/campaigns/abc/sessions', limits.standard],
    ['POST', '/api/campaigns/abc/imports/extra', limits.standard],
    ['POST', '/api/campaigns/abc/importsx', limits.standard],
    ['POST', '/api/campaigns', limits.standard],
    ['POST', '/api/shifts/abc/imports', limits.standard],
  ])('%s %s → %i bytes', (method, url, limit) => {
    expect(bodyLimitFor(method, url, limits)).toBe(limit);
  });
});
