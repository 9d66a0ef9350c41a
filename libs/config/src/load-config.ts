import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ConfigError } from './config.error';

type Env = Record<string, string | undefined>;

/**
 * Parses the environment into a typed, validated config object once, at boot. Unknown variables are
 * ignored; empty strings count as unset so `FOO=` falls back to the default.
 */
export function loadConfig<T extends object>(schema: ClassConstructor<T>, env: Env = process.env): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(schema, present, {
    enableImplicitConversion: false,
    exposeDefaultValues: true,
  });
  // Decorators run nearest-the-property first, so the type check (IsInt…) stands last in the list and
  // a value like "abc" is told it is not a number rather than that it is out of range.
  const errors = validateSync(config, {
    whitelist: false,
    forbidUnknownValues: false,
    stopAtFirstError: true,
  });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => ({
        variable: e.property,
        problem: `${Object.values(e.constraints ?? {}).join('; ')} (got ${describe(e.property, env[e.property])})`,
      })),
    );
  }
  return config;
}

const SECRET_NAME = /PASSWORD|SECRET|KEY|TOKEN/i;

/** What was given, for the error message; a secret's value never reaches the logs. */
function describe(variable: string, value: string | undefined): string {
  if (value === undefined || value === '') return 'nothing';
  return SECRET_NAME.test(variable)
    ? `a value of ${value.length} characters, not shown`
    : JSON.stringify(value);
}
