import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { RequestValidationError, type FieldError } from './app.error';

/** Flattens class-validator's tree into `[{ field: 'contact.phone', messages: [...] }]`. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** The pipe every service uses: strips nothing silently — unknown fields are errors too. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => new RequestValidationError(toFieldErrors(errors)),
  });
}

/**
 * Like @MaxLength, but counts characters the way MySQL's utf8mb4 VARCHAR(n) does (code points), so text
 * that passes validation always fits its column: an emoji with a variation selector is two, not one.
 */
export function MaxChars(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxChars',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && [...value].length <= max,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be at most $constraint1 characters`,
          options,
        ),
      },
    },
    options,
  );
}
