export const PASSWORD_MIN_CHARS = 10;
export const PASSWORD_MAX_CHARS = 128;

/** The contact details a password may not simply repeat. */
export interface PasswordOwner {
  email?: string | null;
  mobile?: string | null;
}

/**
 * Everything wrong with a password, as sentences a person can act on; empty when it is acceptable.
 * Length counts characters (code points), as the request validation does: 10 Chinese characters and a
 * digit are as long as 10 Latin ones and a digit. Letters are any script's letters.
 */
export function passwordProblems(password: string, owner: PasswordOwner = {}): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_CHARS) {
    problems.push(`at least ${PASSWORD_MIN_CHARS} characters (it has ${length})`);
  }
  if (length > PASSWORD_MAX_CHARS) {
    problems.push(`at most ${PASSWORD_MAX_CHARS} characters (it has ${length})`);
  }
  if (!/\p{L}/u.test(password)) problems.push('a letter');
  if (!/\p{Nd}/u.test(password)) problems.push('a digit');
  const same = (contact: string | null | undefined): boolean =>
    Boolean(contact) && password.trim().toLowerCase() === contact!.trim().toLowerCase();
  if (same(owner.email) || same(owner.mobile)) {
    problems.push('to differ from the email address and mobile number');
  }
  return problems;
}

/** "The password needs at least 10 characters (it has 7) and a digit." */
export function describePasswordProblems(problems: string[]): string {
  const list =
    problems.length <= 1 ? problems.join('') : `${problems.slice(0, -1).join(', ')} and ${problems.at(-1)}`;
  return `The password needs ${list}.`;
}
