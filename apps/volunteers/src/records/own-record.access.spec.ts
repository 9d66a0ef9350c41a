import type { Principal, Role } from '@linkage/auth';
import { ownRecordScope } from './own-record.access';

const who = (role: Role, volunteerId: string | null = null): Principal => ({
  accountId: 'a',
  displayName: 'x',
  roles: [role],
  organisationId: null,
  volunteerId,
});

describe('own service records access', () => {
  it.each([
    ['coordinator', null, 'read', { kind: 'all' }],
    ['admin', null, 'administer', { kind: 'all' }],
    ['volunteer', 'v1', 'read', { kind: 'owner', ownerId: 'v1' }],
    ['volunteer', 'v1', 'request_certificate', { kind: 'owner', ownerId: 'v1' }],
    ['volunteer', 'v1', 'administer', { kind: 'none' }],
    ['volunteer', null, 'read', { kind: 'none' }],
    ['partner', null, 'read', { kind: 'none' }],
    ['counsellor', null, 'read', { kind: 'none' }],
  ] as const)('%s (%s) %s → %j', (role, volunteerId, action, scope) => {
    expect(ownRecordScope(who(role, volunteerId), action)).toEqual(scope);
  });
});
