import { decodeCursor } from '@linkage/database';
import { mergeNewestFirst, type ServicePage } from './merge-pages';

const id = (n: number): string => `0193${String(n).padStart(4, '0')}-0000-7000-8000-000000000000`;
const page = (
  service: ServicePage<{ id: string }>['service'],
  ns: number[],
  hasMore = false,
): ServicePage<{ id: string }> => ({ service, items: ns.map((n) => ({ id: id(n) })), hasMore });

describe('merging every service’s page, newest first', () => {
  it.each([
    // pages, limit → ids shown (newest first) with their service, next cursor's id
    [
      [page('identity', [9, 4]), page('volunteers', [7, 5])],
      3,
      ['identity 9', 'volunteers 7', 'volunteers 5'],
      5,
    ],
    [
      [page('identity', [9, 4]), page('volunteers', [7])],
      3,
      ['identity 9', 'volunteers 7', 'identity 4'],
      null,
    ],
    [[page('identity', [9], true), page('volunteers', [7])], 5, ['identity 9', 'volunteers 7'], 7],
    [[page('identity', []), page('volunteers', [])], 20, [], null],
    [[page('partners', [3, 2, 1], true)], 3, ['partners 3', 'partners 2', 'partners 1'], 1],
  ] as const)('%j, limit %d', (pages, limit, shown, next) => {
    const merged = mergeNewestFirst(pages, limit);
    expect(merged.items.map((item) => `${item.service} ${Number(item.id.slice(4, 8))}`)).toEqual(shown);
    expect(merged.nextCursor === null ? null : decodeCursor(merged.nextCursor)).toBe(
      next === null ? null : id(next),
    );
  });
});
