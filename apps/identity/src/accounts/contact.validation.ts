import { isEmail, ValidateBy, ValidateIf } from 'class-validator';

const EMAIL_MAX_CHARS = 254;

/**
 * For an `email` that may be left out when a `mobile` is given: one rule, so a request with neither is
 * told exactly that (on the email field), and a bad email only that it is bad.
 */
export function IsEmailUnlessMobile(): PropertyDecorator {
  const validate = ValidateBy({
    name: 'isEmailUnlessMobile',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && [...value].length <= EMAIL_MAX_CHARS && isEmail(value),
      defaultMessage: (args) =>
        args?.value === undefined
          ? 'give an email, a mobile number, or both'
          : `email must be an email address of at most ${EMAIL_MAX_CHARS} characters`,
    },
  });
  const onlyWhenNeeded = ValidateIf(
    (o: { email?: unknown; mobile?: unknown }) => o.email !== undefined || o.mobile === undefined,
  );
  return (target, property) => {
    onlyWhenNeeded(target, property);
    validate(target, property);
  };
}
