import { checkIdNumber, personKey } from './resident-identity';

// 370613 (莱山区), 1956-03-12, sequence 002 (even: a woman), check character X.
const WANG = '37061319560312002X';
const TODAY = new Date('2026-11-28T00:00:00Z');

describe('checkIdNumber', () => {
  it.each<[string, string, string, 'male' | 'female', string[] | null]>([
    ['a valid number matching birth and sex', WANG, '1956-03-12', 'female', null],
    ['spaces and a lower-case x', '370613 19560312 002x', '1956-03-12', 'female', null],
    [
      'a wrong check character',
      '370613195603120021',
      '1956-03-12',
      'female',
      ['idNumber has a wrong check character (perhaps mistyped)'],
    ],
    [
      'too short',
      '37061319560312',
      '1956-03-12',
      'female',
      [expect.stringMatching(/18 characters/) as never],
    ],
    [
      'another birth date',
      WANG,
      '1956-03-21',
      'female',
      ['idNumber gives the birth date 1956-03-12, not 1956-03-21'],
    ],
    ['another sex', WANG, '1956-03-12', 'male', ["idNumber is a female's, not a male's"]],
  ])('%s', (_name, idNumber, birthDate, sex, messages) => {
    const check = checkIdNumber(idNumber, birthDate, sex, TODAY);
    if (messages === null) expect(check).toEqual({ ok: true, normalised: WANG });
    else expect(check).toEqual({ ok: false, errors: [{ field: 'idNumber', messages }] });
  });
});

describe('personKey', () => {
  it('ignores white space and full-width forms, not the characters themselves', () => {
    const key = personKey('王桂兰', '1956-03-12', '滨海路社区');
    expect(personKey(' 王 桂兰\u3000', '1956-03-12', '滨海路社区 ')).toBe(key);
    expect(personKey('王桂芝', '1956-03-12', '滨海路社区')).not.toBe(key);
    expect(personKey('王桂兰', '1956-03-13', '滨海路社区')).not.toBe(key);
    expect(personKey('王桂兰', '1956-03-12', '黄海路社区')).not.toBe(key);
  });
});
