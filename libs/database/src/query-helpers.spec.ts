import { QueryFailedError } from 'typeorm';
import { containsPattern, duplicateKeyOf, isDuplicateEntry } from './query-helpers';

const duplicate = (message: string) =>
  new QueryFailedError('INSERT', [], Object.assign(new Error(message), { code: 'ER_DUP_ENTRY' }));

describe('query helpers', () => {
  it.each([
    ["Duplicate entry 'a@b.c' for key 'uq_accounts_email'", 'uq_accounts_email'],
    ["Duplicate entry '138' for key 'accounts.uq_accounts_mobile'", 'uq_accounts_mobile'],
    ['Duplicate entry', ''],
  ])('reads the index from %s', (message, key) => {
    expect(duplicateKeyOf(duplicate(message))).toBe(key);
    expect(isDuplicateEntry(duplicate(message))).toBe(true);
  });

  it('is not fooled by other errors', () => {
    expect(duplicateKeyOf(new Error('Duplicate entry'))).toBeNull();
    expect(
      isDuplicateEntry(
        new QueryFailedError('SELECT', [], Object.assign(new Error('x'), { code: 'ER_PARSE_ERROR' })),
      ),
    ).toBe(false);
  });

  it.each([
    ['社区', '%社区%'],
    ['100%', '%100\\%%'],
    ['a_b', '%a\\_b%'],
    ['back\\slash', '%back\\\\slash%'],
  ])('containsPattern(%s) = %s', (text, pattern) => {
    expect(containsPattern(text)).toBe(pattern);
  });
});
