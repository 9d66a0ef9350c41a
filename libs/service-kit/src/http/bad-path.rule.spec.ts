import { badPathReason } from './bad-path.rule';

describe('badPathReason', () => {
  it.each([
    '/api/shifts',
    '/api/shifts/0190a1b2-0000-7000-8000-000000000001/signups?limit=5',
    '/api/certificates/LK-2026-000123.pdf',
    '/api/search?q=a%2Fb%2F..%2F', // the query is the service's to read, not a path
    '/api/teams/%E6%B6%88%E9%98%B2', // encoded Chinese is a normal segment
    '/api/files/...', // three dots are a name, not a dot segment
    '/health/live',
  ])('lets %s through', (url) => {
    expect(badPathReason(url)).toBeUndefined();
  });

  it.each([
    ['/api/shifts/%2F..%2Fidentity', /encoded or backward slash/],
    ['/api/shifts/a%2fb', /encoded or backward slash/],
    ['/api/shifts/a%5Cb', /encoded or backward slash/],
    ['/api/shifts/a\\b', /encoded or backward slash/],
    ['/api/shifts/../identity', /'\.' or '\.\.' segment/],
    ['/api/shifts/%2e%2e/identity', /'\.' or '\.\.' segment/],
    ['/api/shifts/./x', /'\.' or '\.\.' segment/],
    ['/api/shifts/..', /'\.' or '\.\.' segment/],
    ['/api/shifts/%E0%A4%A', /malformed %-escape/],
    ['/api/shifts/%', /malformed %-escape/],
  ])('refuses %s', (url, reason) => {
    expect(badPathReason(url)).toMatch(reason);
  });
});
