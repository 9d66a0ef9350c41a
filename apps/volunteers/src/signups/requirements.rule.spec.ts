import { missingRequirements, type Qualifications, type ShiftRequirements } from './requirements.rule';

const shift = (overrides: Partial<ShiftRequirements> = {}): ShiftRequirements => ({
  requiredSkills: [],
  requiredCertifications: [],
  teamId: null,
  startsOn: '2026-09-08',
  endsOn: '2026-09-08',
  ...overrides,
});
const volunteer = (overrides: Partial<Qualifications> = {}): Qualifications => ({
  skills: [],
  certifications: [],
  teamIds: [],
  ...overrides,
});
const fireSafety = (issuedOn: string, expiresOn: string | null) => ({
  name: '消防安全',
  issuedOn,
  expiresOn,
});

describe('missingRequirements', () => {
  it.each<[string, ShiftRequirements, Qualifications, ReturnType<typeof missingRequirements>]>([
    ['nothing required', shift(), volunteer(), null],
    ['has the skill', shift({ requiredSkills: ['急救'] }), volunteer({ skills: ['急救', '手语'] }), null],
    [
      'lacks one of two skills',
      shift({ requiredSkills: ['急救', '手语'] }),
      volunteer({ skills: ['急救'] }),
      { skills: ['手语'], certifications: [], team: null },
    ],
    [
      'a skill must match whole',
      shift({ requiredSkills: ['心理疏导'] }),
      volunteer({ skills: ['心理疏导辅助'] }),
      { skills: ['心理疏导'], certifications: [], team: null },
    ],
    [
      'holds a valid certificate',
      shift({ requiredCertifications: ['消防安全'] }),
      volunteer({ certifications: [fireSafety('2025-01-01', '2027-01-01')] }),
      null,
    ],
    [
      'no certificate',
      shift({ requiredCertifications: ['消防安全'] }),
      volunteer(),
      { skills: [], certifications: ['消防安全'], team: null },
    ],
    [
      'an expired certificate',
      shift({ requiredCertifications: ['消防安全'] }),
      volunteer({ certifications: [fireSafety('2024-01-01', '2026-09-07')] }),
      { skills: [], certifications: ['消防安全'], team: null },
    ],
    [
      'an expired one and a renewed one',
      shift({ requiredCertifications: ['消防安全'] }),
      volunteer({ certifications: [fireSafety('2024-01-01', '2026-09-07'), fireSafety('2026-09-01', null)] }),
      null,
    ],
    [
      'expires during an overnight shift',
      shift({ requiredCertifications: ['消防安全'], endsOn: '2026-09-09' }),
      volunteer({ certifications: [fireSafety('2024-01-01', '2026-09-08')] }),
      { skills: [], certifications: ['消防安全'], team: null },
    ],
    ['in the team', shift({ teamId: 't1' }), volunteer({ teamIds: ['t0', 't1'] }), null],
    [
      'not in the team, and lacking a skill',
      shift({ teamId: 't1', requiredSkills: ['急救'] }),
      volunteer({ teamIds: ['t2'] }),
      { skills: ['急救'], certifications: [], team: 't1' },
    ],
  ])('%s', (_name, s, v, expected) => {
    expect(missingRequirements(s, v)).toEqual(expected);
  });
});
