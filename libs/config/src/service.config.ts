import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsJSON, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** What every app reads, the gateway included. */
export class CommonConfig {
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** `pretty`: one short line per request for a person; `json`: for collectors. Unset: see logFormat(). */
  @IsOptional()
  @IsIn(LOG_FORMATS)
  LOG_FORMAT?: LogFormat;

  /** How long in-flight requests may take to finish after SIGTERM before the process exits anyway. */
  @Transform(toInt)
  @Min(0)
  @Max(120000)
  @IsInt()
  SHUTDOWN_GRACE_MS: number = 10000;

  /** The HTTP port; each app has its own default (see services.ts). */
  @IsOptional()
  @Transform(toInt)
  @Min(0)
  @Max(65535)
  @IsInt({ message: 'must be a port number' })
  PORT?: number;

  @IsString()
  HOST: string = '0.0.0.0';

  /**
   * How many proxies in front of this app to believe about the client's address (X-Forwarded-For).
   * The gateway faces callers (0, or 1 behind an ingress); services sit behind the gateway (1).
   */
  @Transform(toInt)
  @Min(0)
  @Max(5)
  @IsInt()
  TRUST_PROXY_HOPS: number = 0;

  /** Where identity is: services fetch its public keys (JWKS) from here to verify access tokens. */
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL such as http://identity:3001' })
  IDENTITY_URL: string = 'http://127.0.0.1:3001';

  /** Identity's public keys given inline (a JWKS JSON), instead of fetching them from IDENTITY_URL. */
  @IsOptional()
  @IsJSON({ message: 'must be a JSON Web Key Set ({"keys":[...]})' })
  AUTH_JWKS?: string;

  /**
   * How many verified access tokens to remember until they expire, so a token's signature is checked
   * once rather than on every request (0: check every time).
   */
  @Transform(toInt)
  @Min(0)
  @Max(1_000_000)
  @IsInt()
  AUTH_VERIFIED_TOKENS_CACHED: number = 10_000;

  /**
   * The one place the log format is decided: LOG_FORMAT when set, else readable lines when a person is
   * watching (stdout is a terminal) and JSON when a container runtime, CI or a file collects the output.
   */
  logFormat(stdoutIsTty: boolean = process.stdout.isTTY === true): LogFormat {
    return this.LOG_FORMAT ?? (stdoutIsTty ? 'pretty' : 'json');
  }
}

/** The variables every backend service reads. Defaults suit `npm start` on one machine. */
export class ServiceConfig extends CommonConfig {
  override TRUST_PROXY_HOPS: number = 1;

  @Transform(toInt)
  @Min(1)
  @Max(65535)
  @IsInt({ message: 'must be a port number' })
  MYSQL_PORT: number = 3306;

  @IsString()
  @MinLength(1)
  MYSQL_HOST: string = '127.0.0.1';

  @IsString()
  @MinLength(1)
  MYSQL_USER: string = 'linkage';

  @IsString()
  MYSQL_PASSWORD: string = 'linkage';

  @IsOptional()
  @Matches(/^[A-Za-z0-9_]+$/, { message: 'must be a database name of letters, digits and _' })
  MYSQL_DATABASE?: string;

  @Transform(toInt)
  @Min(1)
  @Max(200)
  @IsInt()
  MYSQL_POOL_SIZE: number = 10;

  @Matches(/^(nats|tls|ws|wss):\/\/[^\s,]+(,(nats|tls|ws|wss):\/\/[^\s,]+)*$/, {
    message: 'must be one or more nats:// URLs separated by commas',
  })
  NATS_URL: string = 'nats://127.0.0.1:4222';

  /** Isolates one deployment's (or one test run's) subjects from another's on a shared NATS. */
  @Matches(/^([A-Za-z0-9_-]+\.)?$/, { message: 'must be empty or a name ending in a dot, e.g. "staging."' })
  NATS_SUBJECT_PREFIX: string = '';

  @Transform(toInt)
  @Min(100)
  @Max(60000)
  @IsInt()
  RPC_TIMEOUT_MS: number = 3000;

  /** Deliveries of one event a consumer attempts before it parks the event as a dead letter. */
  @Transform(toInt)
  @Min(1)
  @Max(100)
  @IsInt()
  EVENTS_MAX_DELIVER: number = 5;

  /** The first retry's delay after a handler failed; it doubles per delivery up to EVENTS_RETRY_MAX_MS. */
  @Transform(toInt)
  @Min(10)
  @Max(600000)
  @IsInt()
  EVENTS_RETRY_BASE_MS: number = 1000;

  @Transform(toInt)
  @Min(10)
  @Max(3600000)
  @IsInt()
  EVENTS_RETRY_MAX_MS: number = 60000;

  /** Replicas of each event stream: 1 on one server, 3 on a JetStream cluster (k8s). */
  @Transform(toInt)
  @Min(1)
  @Max(5)
  @IsInt()
  EVENTS_STREAM_REPLICAS: number = 1;

  /** How long a stream keeps events (days); a new consumer can catch up on this much history. */
  @Transform(toInt)
  @Min(1)
  @Max(3650)
  @IsInt()
  EVENTS_STREAM_MAX_AGE_DAYS: number = 30;

  /** The window (seconds) within which JetStream drops a second publish of the same event id. */
  @Transform(toInt)
  @Min(1)
  @Max(86400)
  @IsInt()
  EVENTS_DUPLICATE_WINDOW_S: number = 120;

  /** How often the outbox relay sweeps for rows it was not woken for (retries, other replicas' rows). */
  @Transform(toInt)
  @Min(50)
  @Max(600000)
  @IsInt()
  OUTBOX_SWEEP_MS: number = 1000;

  /** How long published outbox rows (and inbox rows) are kept before they are pruned (hours). */
  @Transform(toInt)
  @Min(1)
  @Max(24 * 365)
  @IsInt()
  OUTBOX_RETENTION_HOURS: number = 72;
}

export { toInt };
