import { ConfigError, ServiceConfig, toInt } from '@linkage/config';
import { Transform, type TransformFnParams } from 'class-transformer';
import {
  IsArray,
  IsDefined,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { describePasswordProblems, passwordProblems } from './credentials/password-policy';
import { parseSigningKeys, type PrivateSigningJwk } from './keys/signing-keys';

/**
 * Checks a secret while the config is read, failing the start with a message that names the variable
 * but not the value. (A validator would do, except that a config error quotes the rejected value.)
 */
function checkSecret(variable: string, check: (params: TransformFnParams) => unknown): PropertyDecorator {
  return Transform((params): unknown => {
    if (typeof params.value !== 'string') return params.value as unknown;
    try {
      return check(params);
    } catch (error) {
      throw new ConfigError([{ variable, problem: (error as Error).message }]);
    }
  });
}

/** What identity reads beyond every service's variables. */
export class IdentityConfig extends ServiceConfig {
  /**
   * A JSON array of Ed25519 private JWKs, each with a `kid`. The first signs; all are published in the
   * JWKS. Unset: a key is generated on first start and kept in the database (development only).
   */
  @IsOptional()
  @checkSecret('JWT_SIGNING_KEYS', ({ value }) => parseSigningKeys(value as string))
  @IsArray()
  JWT_SIGNING_KEYS?: PrivateSigningJwk[];

  @Transform(toInt)
  @Min(60)
  @Max(86400)
  @IsInt()
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @Transform(toInt)
  @Min(1)
  @Max(365)
  @IsInt()
  REFRESH_TOKEN_TTL_DAYS: number = 30;

  @Transform(toInt)
  @Min(1)
  @Max(720)
  @IsInt()
  INVITATION_TTL_HOURS: number = 72;

  /** With ADMIN_PASSWORD: the first admin, created on a start that finds no account at all. */
  @ValidateIf((c: IdentityConfig) => c.ADMIN_EMAIL !== undefined || c.ADMIN_PASSWORD !== undefined)
  @IsEmail({}, { message: 'must be an email address (the first admin signs in with it)' })
  @IsDefined({ message: 'must be set together with ADMIN_PASSWORD' })
  ADMIN_EMAIL?: string;

  @ValidateIf((c: IdentityConfig) => c.ADMIN_EMAIL !== undefined || c.ADMIN_PASSWORD !== undefined)
  @checkSecret('ADMIN_PASSWORD', ({ value, obj }) => {
    const problems = passwordProblems(value as string, {
      email: (obj as { ADMIN_EMAIL?: string }).ADMIN_EMAIL,
    });
    if (problems.length > 0) throw new Error(describePasswordProblems(problems));
    return value;
  })
  @IsString()
  @IsDefined({ message: 'must be set together with ADMIN_EMAIL' })
  ADMIN_PASSWORD?: string;

  // Argon2id cost. The defaults take about 62 ms per hash on a 2-core EPYC (see the README); each hash in
  // flight holds ARGON2_MEMORY_KIB, and at most ARGON2_MAX_CONCURRENT run at once.
  @Transform(toInt)
  @Min(19456)
  @Max(1048576)
  @IsInt()
  ARGON2_MEMORY_KIB: number = 65536;

  @Transform(toInt)
  @Min(1)
  @Max(20)
  @IsInt()
  ARGON2_TIME_COST: number = 5;

  @Transform(toInt)
  @Min(1)
  @Max(8)
  @IsInt()
  ARGON2_PARALLELISM: number = 1;

  /** Hashes computed at once; about the CPU cores the process may use (more only adds memory). */
  @Transform(toInt)
  @Min(1)
  @Max(4)
  @IsInt()
  ARGON2_MAX_CONCURRENT: number = 2;

  /** Failed logins are counted over this window, per account and per client address. */
  @Transform(toInt)
  @Min(10)
  @Max(86400)
  @IsInt()
  LOGIN_FAILURE_WINDOW_SECONDS: number = 900;

  @Transform(toInt)
  @Min(1)
  @Max(1000)
  @IsInt()
  LOGIN_MAX_FAILURES_PER_ACCOUNT: number = 5;

  @Transform(toInt)
  @Min(1)
  @Max(10000)
  @IsInt()
  LOGIN_MAX_FAILURES_PER_IP: number = 20;
}
