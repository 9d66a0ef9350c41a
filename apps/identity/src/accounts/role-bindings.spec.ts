import type { Role } from '@linkage/auth';
import { AccountError } from './account.error';
import { bindRoles, canonicalRoles } from './role-bindings';

const ORG = '0190f0a0-0000-7000-8000-000000000001';
const VOL = '0190f0a0-0000-7000-8000-000000000002';

describe('bindRoles', () => {
  it.each<[string, Role[], { organisationId: string | null; volunteerId: string | null }, object]>([
    [
      'a coordinator needs nothing and keeps nothing',
      ['coordinator'],
      { organisationId: ORG, volunteerId: VOL },
      { organisationId: null, volunteerId: null },
    ],
    [
      'a partner keeps its organisation',
      ['partner'],
      { organisationId: ORG, volunteerId: VOL },
      { organisationId: ORG, volunteerId: null },
    ],
    [
      'a volunteer keeps its profile',
      ['volunteer'],
      { organisationId: ORG, volunteerId: VOL },
      { organisationId: null, volunteerId: VOL },
    ],
    [
      'both at once',
      ['partner', 'volunteer'],
      { organisationId: ORG, volunteerId: VOL },
      { organisationId: ORG, volunteerId: VOL },
    ],
  ])('%s', (_name, roles, bindings, expected) => {
    expect(bindRoles(roles, bindings)).toEqual(expected);
  });

  it.each<[Role[], string]>([
    [['partner'], 'ORGANISATION_REQUIRED'],
    [['coordinator', 'volunteer'], 'VOLUNTEER_REQUIRED'],
  ])('%j without its binding → %s', (roles, code) => {
    const attempt = (): unknown => bindRoles(roles, { organisationId: null, volunteerId: null });
    expect(attempt).toThrow(AccountError);
    expect(attempt).toThrow(expect.objectContaining({ code, kind: 'unprocessable' }));
  });
});

describe('canonicalRoles', () => {
  it('orders roles as the catalogue does and drops repeats', () => {
    expect(canonicalRoles(['partner', 'admin', 'partner'], ['admin', 'coordinator', 'partner'])).toEqual([
      'admin',
      'partner',
    ]);
  });
});
