import { buildMessage, ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

const CLOCK_TIME = /^\d{2}:\d{2}$/;
// Without an offset an instant means different things in different zones; its own validator says so.
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The value comes after another field of the same object: clock times ('09:00' < '12:00') or ISO 8601
 * instants with offsets, compared as instants so offsets count. When either is missing, malformed or
 * without an offset, the fields' own validators report it, so this one passes.
 */
export function IsLaterThan(property: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLaterThan',
      constraints: [property],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const other = (args?.object as Record<string, unknown> | undefined)?.[property];
          if (typeof value !== 'string' || typeof other !== 'string') return true;
          if (CLOCK_TIME.test(value) && CLOCK_TIME.test(other)) return value > other;
          if (!WITH_OFFSET.test(value) || !WITH_OFFSET.test(other)) return true;
          const [a, b] = [Date.parse(value), Date.parse(other)];
          return Number.isNaN(a) || Number.isNaN(b) || a > b;
        },
        defaultMessage: buildMessage((each) => `${each}$property must be later than $constraint1`, options),
      },
    },
    options,
  );
}

/** Like @IsLaterThan, but equal is fine too: a certificate may expire on the day it was issued. */
export function IsNotEarlierThan(property: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotEarlierThan',
      constraints: [property],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const other = (args?.object as Record<string, unknown> | undefined)?.[property];
          if (typeof value !== 'string' || typeof other !== 'string') return true;
          const [a, b] = [Date.parse(value), Date.parse(other)];
          return Number.isNaN(a) || Number.isNaN(b) || a >= b;
        },
        defaultMessage: buildMessage(
          (each) => `${each}$property must not be earlier than $constraint1`,
          options,
        ),
      },
    },
    options,
  );
}
