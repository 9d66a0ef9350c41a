import { loginKey, parseLogin } from './contact';

describe('parseLogin', () => {
  it.each([
    ['13805351234', { kind: 'mobile', mobile: '13805351234' }],
    [' 13805351234 ', { kind: 'mobile', mobile: '13805351234' }],
    ['Wang.Li@Example.org ', { kind: 'email', email: 'wang.li@example.org' }],
    // Not a mainland mobile number (starts 12): treated as an email, which will simply not be found.
    ['12805351234', { kind: 'email', email: '12805351234' }],
  ])('%j', (login, expected) => {
    expect(parseLogin(login)).toEqual(expected);
  });

  it('gives one throttle key per person, however the login was typed', () => {
    expect(loginKey(parseLogin('A@B.cn'))).toBe(loginKey(parseLogin(' a@b.cn')));
    expect(loginKey(parseLogin('13805351234'))).not.toBe(loginKey(parseLogin('a@b.cn')));
  });
});
