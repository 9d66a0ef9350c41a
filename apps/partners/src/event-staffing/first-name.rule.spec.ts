import { firstName } from './first-name.rule';

describe('a volunteer’s first name, as a partner member sees it', () => {
  it.each<[string | null | undefined, string | null]>([
    ['李晓雯', '晓雯'],
    ['王丽', '丽'],
    ['张同学', '同学'],
    ['欧阳娜娜', '阳娜娜'],
    ['𠮷野家明', '野家明'],
    ['  陈明  ', '明'],
    ['Emily Chen', 'Emily'],
    ['  Emily   Chen ', 'Emily'],
    ['Madonna', 'Madonna'],
    ['李', '李'],
    ['司马相如先生', '司马相如先生'],
    ['阿卜杜·热合曼', '阿卜杜·热合曼'],
    ['李 晓雯', '李'],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
  ])('%p → %p', (name, expected) => {
    expect(firstName(name)).toBe(expected);
  });
});
