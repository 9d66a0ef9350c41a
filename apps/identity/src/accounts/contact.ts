/** A mainland mobile number: 11 digits, 13x–19x. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const MOBILE_MESSAGE = 'must be a mainland mobile number (11 digits, starting 13–19)';

/** Emails are compared and stored lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type LoginName = { kind: 'email'; email: string } | { kind: 'mobile'; mobile: string };

/** What someone typed to sign in: a mobile number when it looks like one, otherwise an email. */
export function parseLogin(login: string): LoginName {
  const text = login.trim();
  return MOBILE_PATTERN.test(text)
    ? { kind: 'mobile', mobile: text }
    : { kind: 'email', email: normaliseEmail(text) };
}

/** One string per login name, so "A@x.org " and "a@x.org" are counted as the same by the throttle. */
export function loginKey(name: LoginName): string {
  return name.kind === 'mobile' ? `mobile:${name.mobile}` : `email:${name.email}`;
}
