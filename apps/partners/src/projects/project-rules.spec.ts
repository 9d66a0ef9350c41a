import { partnerListProblems, type PartnerInRole } from './project-partners.rule';
import { canChangeStatus, type ProjectStatus } from './project-status.rule';

describe('canChangeStatus', () => {
  it.each<[ProjectStatus, ProjectStatus, boolean]>([
    ['planned', 'active', true],
    ['planned', 'cancelled', true],
    ['planned', 'completed', false],
    ['active', 'completed', true],
    ['active', 'cancelled', true],
    ['active', 'planned', false],
    ['completed', 'active', false],
    ['cancelled', 'planned', false],
    ['active', 'active', true],
    ['completed', 'completed', true],
  ])('%s → %s: %s', (from, to, expected) => {
    expect(canChangeStatus(from, to)).toBe(expected);
  });
});

describe('partnerListProblems', () => {
  const p = (organisationId: string, role: PartnerInRole['role']): PartnerInRole => ({
    organisationId,
    role,
  });
  it.each<[string, PartnerInRole[], string[]]>([
    ['one lead and others', [p('a', 'lead'), p('b', 'funder'), p('c', 'community_host')], []],
    ['a lead alone', [p('a', 'lead')], []],
    ['no lead', [p('a', 'funder')], ['partners must have exactly one lead (has 0)']],
    ['two leads', [p('a', 'lead'), p('b', 'lead')], ['partners must have exactly one lead (has 2)']],
    [
      'an organisation twice',
      [p('a', 'lead'), p('a', 'funder')],
      ['partners names an organisation more than once: a'],
    ],
  ])('%s', (_name, partners, expected) => {
    const problems = partnerListProblems(partners);
    expect(problems.flatMap((f) => f.messages)).toEqual(expected);
    if (expected.length > 0) expect(problems[0].field).toBe('partners');
  });
});
