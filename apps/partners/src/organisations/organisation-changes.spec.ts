import { changedFields } from './organisation-changes';

const base = {
  name: '滨海路社区居委会',
  kind: 'residents_committee' as const,
  district: '莱山区',
  address: '烟台市莱山区滨海路 88 号',
  communities: ['滨海路社区'],
  status: 'active' as const,
};

describe('changedFields', () => {
  it.each<[string, Partial<typeof base>, string[]]>([
    ['nothing', {}, []],
    ['a rename', { name: '滨海路社区居民委员会' }, ['name']],
    ['a move', { district: '芝罘区', address: null as unknown as string }, ['district', 'address']],
    ['the same communities in a new list', { communities: ['滨海路社区'] }, []],
    ['a community added', { communities: ['滨海路社区', '黄海路社区'] }, ['communities']],
    ['communities reordered', { communities: ['黄海路社区'] }, ['communities']],
    ['a suspension', { status: 'suspended' as never }, ['status']],
    ['re-classified', { kind: 'party_branch' as never }, ['kind']],
  ])('%s', (_name, change, expected) => {
    expect(changedFields(base, { ...base, ...change })).toEqual(expected);
  });
});
