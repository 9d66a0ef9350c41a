import { fitTitle, shiftTitle } from './sourced-shifts.plan';

describe('shiftTitle', () => {
  it.each([
    ['短标题', '引导', '短标题 · 引导'],
    ['活'.repeat(195), '引导', `${'活'.repeat(195)} · 引导`],
    ['活'.repeat(196), '引导', `${'活'.repeat(194)}… · 引导`],
    ['活'.repeat(200), '岗'.repeat(100), `${'活'.repeat(96)}… · ${'岗'.repeat(100)}`],
    ['😀'.repeat(199), 'x', `${'😀'.repeat(195)}… · x`],
  ])('fits %s · %s in 200 characters', (title, role, expected) => {
    const made = shiftTitle(title, role);
    expect(made).toBe(expected);
    expect([...made].length).toBeLessThanOrEqual(200);
  });
});

describe('fitTitle', () => {
  it.each([
    ['秋季筛查', ' · 滨海路社区 认知筛查 · 筛查员', '秋季筛查 · 滨海路社区 认知筛查 · 筛查员'],
    ['秋'.repeat(191), ' · 社区 认知筛查', `${'秋'.repeat(189)}… · 社区 认知筛查`],
    ['秋', '尾'.repeat(250), '…'.concat('尾'.repeat(199))],
  ])('keeps the tail of %s whole', (head, tail, expected) => {
    const made = fitTitle(head, tail);
    expect(made).toBe(expected);
    expect([...made].length).toBeLessThanOrEqual(200);
  });
});
