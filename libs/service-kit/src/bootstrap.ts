import 'reflect-metadata';
import {
  appPort,
  CommonConfig,
  loadConfig,
  SERVICES,
  ServiceConfig,
  type BackendServiceName,
  type LogFormat,
} from '@linkage/config';
import {
  AuditEvent,
  AuthModule,
  CreateAuditEvents1764000000500,
  RequestContext,
  type AuthOptions,
} from '@linkage/auth';
import { DatabaseModule, prepareDatabase, type SchemaParts } from '@linkage/database';
import { createValidationPipe, ErrorFilter } from '@linkage/errors';
import {
  CreateEventTables1764000000600,
  EventsModule,
  MessagingModule,
  NamespacedNatsServer,
  NatsHealthIndicator,
} from '@linkage/messaging';
import {
  collectProcessMetrics,
  createLogging,
  prettyLine,
  REQUEST_ID_HEADER,
  requestIdFrom,
} from '@linkage/observability';
import type { IncomingMessage } from 'node:http';
import { Module, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import { AppConfigModule } from './config.module';
import { HealthModule } from './health/health.module';
import { ShutdownState } from './health/shutdown-state';
import { DbPoolMetrics } from './metrics/db-pool.metrics';
import { instrumentHttp } from './metrics/http.metrics';
import { MetricsController } from './metrics/metrics.controller';
import {
  answerClientError,
  refuseBadPaths,
  refuseWhileClosing,
  replyFrameworkError,
} from './http/framework-errors';
import { startIdleTrim } from './runtime/idle-trim';
import { explainStartupError } from './startup-errors';
import { setupSwagger, type ApiDescription } from './swagger';

export interface ServiceDefinition {
  name: BackendServiceName;
  api: ApiDescription;
  schema: SchemaParts;
  /** Auth options; every service but identity leaves this out. */
  auth?: AuthOptions;
  /** A ServiceConfig subclass when the service reads more variables than every service does. */
  config?: new () => ServiceConfig;
  /** The service's feature modules. */
  imports: (Type<unknown> | DynamicModule)[];
  /**
   * Modules only some configurations have (a test-only feature switched on by a variable): absent
   * otherwise, so their routes answer 404 and stay out of the OpenAPI document.
   */
  importsFor?: (config: ServiceConfig) => (Type<unknown> | DynamicModule)[];
}

export type Env = Record<string, string | undefined>;

/** Routes that stay at the root (probes, metrics, docs); everything else is under /api. */
const UNPREFIXED = ['health', 'health/live', 'health/ready', 'metrics'];

@Module({})
class ServiceRootModule {}

/**
 * Builds a backend service: its database migrated, HTTP API (Fastify, /api, Swagger, metrics, probes)
 * and its NATS responder (queue group = service name). Nothing is listening yet.
 */
export async function createService(
  definition: ServiceDefinition,
  env: Env = process.env,
): Promise<NestFastifyApplication> {
  const config = loadConfig(definition.config ?? ServiceConfig, env);
  // Every service keeps its own audit trail and event tables (outbox, inbox, dead letters) in its own database.
  const schema: SchemaParts = {
    ...definition.schema,
    entities: [...asList(definition.schema.entities), AuditEvent],
    migrations: [
      ...asList(definition.schema.migrations),
      CreateAuditEvents1764000000500,
      CreateEventTables1764000000600,
    ],
  };
  await prepareDatabase(config, schema);

  const root: DynamicModule = {
    module: ServiceRootModule,
    imports: [
      AppConfigModule.forRoot(config),
      DatabaseModule.forService(schema),
      AuthModule.forRoot(definition.auth),
      MessagingModule.forService(definition.name),
      EventsModule.forService(definition.name),
      HealthModule.forRoot({
        inject: [TypeOrmHealthIndicator, NatsHealthIndicator],
        useFactory: (db: TypeOrmHealthIndicator, nats: NatsHealthIndicator) => () => [
          () => db.pingCheck('mysql').withTimeout(1500),
          () => nats.check('nats'),
        ],
      }),
      PrometheusModule.register({ controller: MetricsController, defaultMetrics: { enabled: false } }),
      ...definition.imports,
      ...(definition.importsFor?.(config) ?? []),
    ],
    providers: [DbPoolMetrics],
  };

  const app = await createHttpApp(definition.name, root, config);
  setupSwagger(app, definition.api);

  // The responder inherits the HTTP app's validation pipe and error filter (which answers RPC errors too).
  app.connectMicroservice(
    {
      strategy: new NamespacedNatsServer(config.NATS_SUBJECT_PREFIX, {
        servers: config.NATS_URL.split(','),
        queue: definition.name,
        name: `${definition.name}-server`,
        maxReconnectAttempts: -1,
      }),
    },
    { inheritAppConfig: true },
  );
  await app.startAllMicroservices();
  return app;
}

/** The HTTP part every app shares, the gateway included; `name` is the app's in its logs. */
export async function createHttpApp(
  name: string,
  root: DynamicModule,
  config: CommonConfig,
): Promise<NestFastifyApplication> {
  collectProcessMetrics();
  const logging = createLogging(name, config, () => RequestContext.current()?.requestId);
  const adapter = new FastifyAdapter({
    bodyLimit: 1_048_576,
    trustProxy: (_address: string, hop: number) => hop < config.TRUST_PROXY_HOPS,
    // refuseWhileClosing answers those 503s instead, in the one error shape.
    return503OnClosing: false,
    requestIdHeader: false,
    genReqId: (req: IncomingMessage) => requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    // What the router and Node's HTTP parser refuse before Nest runs answers the one error shape too.
    // (This replaces Nest's frameworkErrors, which only adds the headers of Nest's security features;
    // no app here enables them.)
    frameworkErrors: replyFrameworkError,
    clientErrorHandler: answerClientError,
  });
  // Every request, whether Nest handles it or the gateway proxies it, carries one id: in the logs, to
  // the service behind (the header), and back to the caller. The request context (id, address, later
  // the caller) lives for the rest of the request, for the audit log and the log lines. The access line
  // is written when the response ends, so it sees refusals too.
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    request.raw.headers[REQUEST_ID_HEADER] = request.id;
    void reply.header(REQUEST_ID_HEADER, request.id);
    logging.http(request.raw, reply.raw);
    RequestContext.run({ requestId: request.id, ip: request.ip, principal: null }, done);
  });
  const app = await NestFactory.create<NestFastifyApplication>(root, adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(logging.nest);
  refuseWhileClosing(app.getHttpAdapter().getInstance());
  refuseBadPaths(app.getHttpAdapter().getInstance());
  app.setGlobalPrefix('api', { exclude: UNPREFIXED });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());
  instrumentHttp(app.getHttpAdapter().getInstance());
  return app;
}

/**
 * Runs an app as its own process: listens, prints where, and on SIGTERM/SIGINT stops taking new work
 * (readiness fails, NATS subscriptions end), lets in-flight requests finish, then exits. A start that
 * fails says why and exits non-zero. While it is quiet, it holds no more memory than it needs (idle-trim.ts).
 */
export async function runApp(
  name: keyof typeof SERVICES,
  create: () => Promise<INestApplication>,
  env: Env = process.env,
): Promise<void> {
  try {
    const app = await create();
    const config = loadConfig(CommonConfig, env);
    const port = appPort(name, env);
    await app.listen(port, config.HOST);
    installShutdown(app, config.SHUTDOWN_GRACE_MS);
    announceListening(name, port, config.logFormat());
    // Started with `--expose-gc` (RUNTIME_NODE_OPTIONS), a quiet app gives its young generation back.
    startIdleTrim();
  } catch (error) {
    process.stderr.write(`\n[${name}] ${explainStartupError(error)}\n\n`);
    process.exit(1);
  }
}

/** Said whatever LOG_LEVEL is, so every start shows where the app answers; in the format of its logs. */
function announceListening(name: string, port: number, format: LogFormat): void {
  const url = `http://localhost:${port}`;
  const docs = `${url}/docs`;
  const time = Date.now();
  if (format === 'pretty') {
    // Each pretty line is prefixed with the app's name already: by the runner, or by itself on a TTY.
    const line = prettyLine({ showName: process.stdout.isTTY === true });
    process.stdout.write(line({ level: 30, time, name, msg: `listening on ${url} (API docs ${docs})` }));
  } else {
    process.stdout.write(
      `${JSON.stringify({ level: 30, time, name, msg: `${name} listening`, url, docs })}\n`,
    );
  }
}

function installShutdown(app: INestApplication, graceMs: number): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    app.get(ShutdownState).draining = true;
    const force = setTimeout(() => {
      process.stderr.write(`Shutdown took longer than ${graceMs} ms after ${signal}; exiting.\n`);
      process.exit(1);
    }, graceMs);
    force.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        process.stderr.write(`Shutdown failed: ${String(error)}\n`);
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

function asList<T>(items: T[] | Record<string, T>): T[] {
  return Array.isArray(items) ? items : Object.values(items);
}
