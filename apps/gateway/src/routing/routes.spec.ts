import { ownerOf, ROUTES } from './routes';

describe('gateway routing table', () => {
  it.each([
    ['/api/auth/login', 'identity'],
    ['/api/accounts', 'identity'],
    ['/api/volunteers/me/assignments', 'volunteers'],
    ['/api/shifts/123/signups', 'volunteers'],
    ['/api/calendar/abc.ics', 'volunteers'],
    ['/api/attendance/scan', 'volunteers'],
    ['/api/hours/export', 'volunteers'],
    ['/api/points/awards', 'volunteers'],
    ['/api/certificates/LK-2026-000001/verify', 'volunteers'],
    ['/api/handovers/HO-2026-0001/file?format=csv', 'volunteers'],
    ['/api/organisations?kind=hospital', 'partners'],
    ['/api/projects/abc', 'partners'],
    ['/api/inbox?status=received', 'partners'],
    ['/api/campaigns/abc', 'screening'],
    ['/api/screening-sessions', 'screening'],
    ['/api/sessions/0193c4d5-5e6f-7a8b-9c0d-1e2f3a4b5c6d', 'screening'],
    ['/api/residents/0193c4d5-1a2b-7c3d-8e4f-5a6b7c8d9e0f/results', 'screening'],
    ['/api/referrals', 'screening'],
    ['/api/programmes', 'counselling'],
    ['/api/counselling/notifications', 'counselling'],
  ])('%s → %s', (path, service) => {
    expect(ownerOf(path)).toBe(service);
  });

  it('owns nothing outside /api or for unknown resources', () => {
    expect(ownerOf('/api/unknown')).toBeUndefined();
    expect(ownerOf('/volunteers')).toBeUndefined();
    expect(ownerOf('/api/volunteersx')).toBeUndefined();
  });

  it('leaves what the gateway merges from every service to the gateway itself', () => {
    expect(ownerOf('/api/audit')).toBeUndefined();
    expect(ownerOf('/api/dead-letters')).toBeUndefined();
    expect(ownerOf('/api/dead-letters/0193a1b2-0000-7000-8000-0000000000aa/replay')).toBeUndefined();
  });

  it('routes to every domain service', () => {
    expect(new Set(Object.values(ROUTES))).toEqual(
      new Set(['identity', 'volunteers', 'partners', 'screening', 'counselling']),
    );
  });
});
