import { loadConfig } from '@linkage/config';
import { AuthModule } from '@linkage/auth';
import {
  AppConfigModule,
  createHttpApp,
  documentCommonErrors,
  HealthModule,
  MetricsController,
  type Env,
} from '@linkage/service-kit';
import { Module, type DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import { ApiDocsService } from './docs/api-docs.service';
import { GatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { registerPortal } from './portal/portal-static';
import { registerProxies } from './routing/proxy';

@Module({})
class GatewayRootModule {}

/**
 * The single entry point: proxies /api/<resource> to its service, serves the merged OpenAPI document
 * at /docs-json with Swagger UI at /docs, and reports every service at /health.
 */
export async function createGateway(env: Env = process.env): Promise<NestFastifyApplication> {
  const config = loadConfig(GatewayConfig, env);
  const root: DynamicModule = {
    module: GatewayRootModule,
    imports: [
      AppConfigModule.forRoot(config),
      // The gateway is ready when it can route; /health reports the services behind it.
      HealthModule.forRoot({ inject: [], useFactory: () => () => [] }),
      PrometheusModule.register({ controller: MetricsController, defaultMetrics: { enabled: false } }),
      AuthModule.forRoot({ audit: false }),
      GatewayModule,
    ],
  };
  const app = await createHttpApp('gateway', root, config);
  await registerProxies(app.getHttpAdapter().getInstance(), config);
  await registerPortal(app.getHttpAdapter().getInstance(), env.PORTAL_DIR);

  const base = new DocumentBuilder()
    .setTitle('Linkage API')
    .setDescription(
      'Volunteers, partner organisations, screening campaigns and counselling programmes, through one gateway.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  const gatewayDocument = documentCommonErrors(SwaggerModule.createDocument(app, base));
  const docs = app.get(ApiDocsService);
  SwaggerModule.setup('docs', app, gatewayDocument, {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
    customSiteTitle: 'Linkage API',
    patchDocumentOnRequest: (_req, _res, document) => docs.merged(document),
  });
  return app;
}
