import { describePasswordProblems, passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it.each([
    ['a good one', 'correct-horse-42', {}, []],
    ['Chinese letters count as letters and as one character each', '社工站志愿者服务二〇二四年9', {}, []],
    ['too short', 'abc123', {}, ['at least 10 characters (it has 6)']],
    ['letters only', 'abcdefghijkl', {}, ['a digit']],
    ['digits only', '123456789012', {}, ['a letter']],
    ['symbols only', '!@#$%^&*()_+', {}, ['a letter', 'a digit']],
    ['short and one class', 'abc', {}, ['at least 10 characters (it has 3)', 'a digit']],
    ['too long', `a1${'x'.repeat(127)}`, {}, ['at most 128 characters (it has 129)']],
    [
      'the email, in another case',
      'Wang.Li2024@Example.org',
      { email: 'wang.li2024@example.org' },
      ['to differ from the email address and mobile number'],
    ],
    [
      'the mobile number',
      '13805351234',
      { mobile: '13805351234' },
      ['a letter', 'to differ from the email address and mobile number'],
    ],
    ['not the email, merely containing it', 'x-a1@b.cn-x', { email: 'a1@b.cn' }, []],
  ])('%s', (_name, password, owner, expected) => {
    expect(passwordProblems(password, owner)).toEqual(expected);
  });

  it('counts an emoji as its code points, like the request validation does', () => {
    expect(passwordProblems('😀😀😀😀a1😀😀😀😀')).toEqual([]);
  });
});

describe('describePasswordProblems', () => {
  it.each([
    [['a digit'], 'The password needs a digit.'],
    [['a letter', 'a digit'], 'The password needs a letter and a digit.'],
    [
      ['at least 10 characters (it has 3)', 'a letter', 'a digit'],
      'The password needs at least 10 characters (it has 3), a letter and a digit.',
    ],
  ])('%j', (problems, sentence) => {
    expect(describePasswordProblems(problems)).toBe(sentence);
  });
});
