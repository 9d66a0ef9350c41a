/**
 * The deployment files, checked without a container engine or a cluster:
 * - docker-compose.yml: `docker-compose config -q` accepts it, and its structure matches the service
 *   catalogue (every app built from the Dockerfile, healthy MySQL 8.4 and NATS 2.10 + JetStream first).
 * - Dockerfile and .dockerignore: the stages, the APP argument, the non-root user.
 * - k8s/: each overlay renders with `kubectl kustomize`, every rendered object is valid against the
 *   Kubernetes schema (offline, kubernetes-models) and has no unknown field, and the objects the
 *   deployment relies on are there.
 * Without docker-compose or kubectl these tests fail and say what to install, unless
 * LINKAGE_SKIP_DEPLOY_TOOLS=1 (then they are skipped, with the reason in their name).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKEND_SERVICES, SERVICES, serviceEnvName, type ServiceName } from '@linkage/config';
import type { IDeployment, IStatefulSet } from 'kubernetes-models/apps/v1';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type {
  IConfigMap,
  IContainer,
  IEnvVar,
  IPodSpec,
  IProbe,
  ISecret,
  IService,
} from 'kubernetes-models/v1';
import { parse, parseAllDocuments } from 'yaml';
import { findCompose, findKubectl, run, testWithTool, type Tool } from './deploy-tools';
import { schemaErrors, type K8sObject } from './k8s-schema';
import { unknownFieldErrors } from './k8s-strict';

const ROOT = join(__dirname, '..', '..');
const APPS = Object.keys(SERVICES) as ServiceName[];
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** What every backend service reads (libs/config/src/service.config.ts). */
const SERVICE_VARIABLES = [
  'MYSQL_HOST',
  'MYSQL_PORT',
  'MYSQL_USER',
  'MYSQL_PASSWORD',
  'MYSQL_DATABASE',
  'MYSQL_POOL_SIZE',
  'NATS_URL',
  'NATS_SUBJECT_PREFIX',
  'RPC_TIMEOUT_MS',
  'LOG_LEVEL',
  'SHUTDOWN_GRACE_MS',
  'PORT',
  'HOST',
];
/** What the gateway reads (apps/gateway/src/gateway.config.ts): the common part, where each service is. */
const GATEWAY_VARIABLES = [
  'LOG_LEVEL',
  'SHUTDOWN_GRACE_MS',
  'PORT',
  'HOST',
  'PROXY_TIMEOUT_MS',
  'UPSTREAM_CHECK_TIMEOUT_MS',
  ...BACKEND_SERVICES.map((s) => serviceEnvName(s, 'URL')),
];

// ---------------------------------------------------------------------------------------------------
// Dockerfile
// ---------------------------------------------------------------------------------------------------

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const stages = dockerfile.split(/^FROM\s+/m).slice(1);
  const runtime = stages[stages.length - 1];

  test('builds with npm ci + npm run build, and runs with production dependencies only', () => {
    expect(dockerfile).toMatch(/^RUN npm ci\b(?!.*--omit=dev)/m);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toMatch(/^RUN npm ci\b.*--omit=dev/m);
    expect(runtime).toMatch(/^\$\{NODE_IMAGE\} AS runtime/);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-(bookworm-slim|alpine)$/m);
    expect(runtime).not.toMatch(/^RUN npm (ci|install)/m);
  });

  test('the runtime stage runs the app named by APP, as a numeric non-root user', () => {
    expect(runtime).toMatch(/^ARG APP\b/m);
    expect(runtime).toMatch(/^ENV APP=\$\{APP\}$/m);
    expect(runtime).toMatch(/^USER [1-9]\d*(:[1-9]\d*)?$/m);
    expect(runtime).toMatch(/^CMD .*node .*dist\/apps\/\$\{APP\}\/src\/main\.js/m);
  });

  test.each(APPS)('there is an app %s to build (apps/<app>/src/main.ts)', (app) => {
    expect(() => read(`apps/${app}/src/main.ts`)).not.toThrow();
  });

  test('.dockerignore keeps local state out and the sources in', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git', '.env']));
    for (const needed of ['apps', 'libs', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      expect(ignored).not.toContain(needed);
    }
    expect(ignored).not.toContain('tsconfig.build.json');
  });
});

// ---------------------------------------------------------------------------------------------------
// docker-compose.yml
// ---------------------------------------------------------------------------------------------------

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; args?: Record<string, string> };
  command?: string | string[];
  environment?: Record<string, string> | string[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  ports?: (string | { target?: number; published?: number | string })[];
  volumes?: (string | { type?: string; source?: string; target?: string })[];
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(env.map((e) => [e.split('=')[0], e.slice(e.indexOf('=') + 1)]));
}

/** Compose's `${VAR:-default}` as the default would leave it. */
function withDefaults(value: string): string {
  return value.replace(/\$\{[A-Z0-9_]+:?-([^}]*)\}/g, '$1');
}

function healthcheckCommand(service: ComposeService): string {
  const test = service.healthcheck?.test ?? [];
  return Array.isArray(test) ? test.join(' ') : test;
}

function mounts(service: ComposeService): { source: string; target: string }[] {
  return (service.volumes ?? []).map((v) => {
    if (typeof v !== 'string') return { source: v.source ?? '', target: v.target ?? '' };
    const [source, target] = v.split(':');
    return { source, target };
  });
}

function publishedPorts(service: ComposeService): { published: string; target: string }[] {
  return (service.ports ?? []).map((p) => {
    if (typeof p !== 'string')
      return { published: String(p.published ?? ''), target: String(p.target ?? '') };
    const parts = withDefaults(p)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    return { published: parts.length > 1 ? parts[parts.length - 2] : '', target: parts[parts.length - 1] };
  });
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as ComposeFile;
  const services = compose.services;

  testWithTool(findCompose(), 'is accepted by `docker-compose config -q`', (tool: Tool) => {
    const result = run(tool.command, [...tool.prefix, '-f', 'docker-compose.yml', 'config', '-q'], ROOT);
    expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  });

  test('has a service for every app in the catalogue', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(APPS));
  });

  test.each(APPS)('%s is built from the Dockerfile with its own APP argument', (app) => {
    const build = services[app].build;
    expect(build?.context).toBe('.');
    expect(build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
    expect(build?.args?.APP).toBe(app);
  });

  test.each(APPS)('%s starts only once MySQL and NATS are healthy', (app) => {
    const dependsOn = services[app].depends_on;
    expect(Array.isArray(dependsOn)).toBe(false);
    expect(dependsOn).toMatchObject({
      mysql: { condition: 'service_healthy' },
      nats: { condition: 'service_healthy' },
    });
  });

  test.each(APPS)('%s is healthy when /health/ready answers', (app) => {
    expect(services[app].healthcheck?.disable).not.toBe(true);
    expect(healthcheckCommand(services[app])).toContain('/health/ready');
  });

  test.each(APPS)('%s gets every variable it reads, with its catalogue port', (app) => {
    const env = environmentOf(services[app]);
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining(app === 'gateway' ? GATEWAY_VARIABLES : SERVICE_VARIABLES),
    );
    expect(env.PORT).toBe(String(SERVICES[app].port));
  });

  test.each(BACKEND_SERVICES)('%s uses its own database, MySQL and NATS by service name', (app) => {
    const env = environmentOf(services[app]);
    expect(env.MYSQL_DATABASE).toBe(SERVICES[app].database);
    expect(env.MYSQL_HOST).toBe('mysql');
    expect(env.MYSQL_USER).toBe('linkage');
    expect(env.NATS_URL).toBe('nats://nats:4222');
  });

  test('the gateway publishes port 3000, finds every service and waits for them to be healthy', () => {
    const gateway = services.gateway;
    expect(publishedPorts(gateway)).toContainEqual({ published: '3000', target: '3000' });
    const env = environmentOf(gateway);
    for (const service of BACKEND_SERVICES) {
      expect(env[serviceEnvName(service, 'URL')]).toBe(`http://${service}:${SERVICES[service].port}`);
      expect(gateway.depends_on).toHaveProperty([service, 'condition'], 'service_healthy');
    }
  });

  test('MySQL is 8.4 with a health check, a named volume and the init scripts', () => {
    const mysql = services.mysql;
    expect(mysql.image).toMatch(/^mysql:8\.4(\.\d+)?(-|$)/);
    expect(healthcheckCommand(mysql)).toMatch(/mysqladmin ping/);
    const data = mounts(mysql).find((m) => m.target === '/var/lib/mysql');
    expect(Object.keys(compose.volumes ?? {})).toContain(data?.source);
    const init = mounts(mysql).find((m) => m.target === '/docker-entrypoint-initdb.d');
    expect(init?.source).toBe('./docker/mysql/init');
    const env = environmentOf(mysql);
    expect(env.MYSQL_USER).toBe('linkage');
    expect(env.MYSQL_PASSWORD).toMatch(/^\$\{MYSQL_PASSWORD:-[^}]+\}$/);
    expect(env.MYSQL_ROOT_PASSWORD).toBeDefined();
  });

  test('the MySQL init script creates every database and grants linkage_% to the linkage user', () => {
    const sql = read('docker/mysql/init/01-linkage.sql');
    for (const service of BACKEND_SERVICES) {
      expect(sql).toMatch(new RegExp(`CREATE DATABASE IF NOT EXISTS \`${SERVICES[service].database}\``));
    }
    expect(sql).toMatch(/GRANT ALL PRIVILEGES ON `linkage\\_%`\.\* TO 'linkage'@'%'/);
  });

  test('NATS is 2.10 with JetStream on a named volume, monitored on 8222', () => {
    const nats = services.nats;
    expect(nats.image).toMatch(/^nats:2\.10(\.\d+)?(-|$)/);
    const command = Array.isArray(nats.command) ? nats.command : (nats.command ?? '').split(/\s+/);
    expect(command.some((a) => a === '-js' || a === '--jetstream')).toBe(true);
    const storeDir = command[command.findIndex((a) => a === '-sd' || a === '--store_dir') + 1];
    expect(storeDir).toBe('/data');
    expect(command.join(' ')).toMatch(/(-m|--http_port) 8222/);
    const data = mounts(nats).find((m) => m.target === storeDir);
    expect(Object.keys(compose.volumes ?? {})).toContain(data?.source);
    expect(healthcheckCommand(nats)).toContain('8222/healthz');
  });
});

// ---------------------------------------------------------------------------------------------------
// k8s/ (kustomize)
// ---------------------------------------------------------------------------------------------------

const kubectl = findKubectl();
const rendered = new Map<string, K8sObject[]>();

/** `kubectl kustomize k8s/overlays/<overlay>`, parsed; rendered once per overlay. */
function render(tool: Tool, overlay: string): K8sObject[] {
  const cached = rendered.get(overlay);
  if (cached) return cached;
  const result = run(tool.command, ['kustomize', `k8s/overlays/${overlay}`], ROOT);
  if (result.status !== 0) {
    throw new Error(
      `kubectl kustomize k8s/overlays/${overlay} failed:\n${result.stderr || result.error?.message}`,
    );
  }
  const objects = parseAllDocuments(result.stdout).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`unparsable output: ${doc.errors[0].message}`);
    return doc.toJS() as K8sObject;
  });
  rendered.set(overlay, objects.filter(Boolean));
  return rendered.get(overlay)!;
}

function find<T>(objects: K8sObject[], kind: string, name: string): T | undefined {
  return objects.find((o) => o.kind === kind && o.metadata.name === name) as T | undefined;
}

function get<T>(objects: K8sObject[], kind: string, name: string): T {
  const found = find<T>(objects, kind, name);
  if (!found) throw new Error(`no ${kind} named ${name}`);
  return found;
}

function probePort(probe: IProbe | undefined, container: IContainer): number | undefined {
  const port = probe?.httpGet?.port;
  if (typeof port === 'number') return port;
  return container.ports?.find((p) => p.name === port)?.containerPort;
}

/** The container's environment as the pod would see it: envFrom ConfigMaps first, then env. */
function effectiveEnv(objects: K8sObject[], container: IContainer): Map<string, IEnvVar> {
  const env = new Map<string, IEnvVar>();
  for (const source of container.envFrom ?? []) {
    if (source.secretRef) throw new Error('envFrom a Secret: not expected here');
    const configMap = get<IConfigMap>(objects, 'ConfigMap', source.configMapRef!.name!);
    for (const [name, value] of Object.entries(configMap.data ?? {})) env.set(name, { name, value });
  }
  for (const variable of container.env ?? []) env.set(variable.name, variable);
  return env;
}

function selects(
  selector: Record<string, string> | undefined,
  labels: Record<string, string> | undefined,
): boolean {
  return (
    !!selector &&
    Object.keys(selector).length > 0 &&
    Object.entries(selector).every(([k, v]) => labels?.[k] === v)
  );
}

describe.each(['dev', 'prod'])('k8s overlay %s', (overlay) => {
  testWithTool(kubectl, `renders with \`kubectl kustomize k8s/overlays/${overlay}\``, (tool) => {
    expect(render(tool, overlay).length).toBeGreaterThan(0);
  });

  testWithTool(kubectl, 'every rendered object is valid against the Kubernetes schema', (tool) => {
    const errors = render(tool, overlay).flatMap(schemaErrors);
    expect(errors).toEqual([]);
  });

  testWithTool(
    kubectl,
    'no rendered object has a field its kind does not know (e.g. a misspelt probe)',
    (tool) => {
      expect(unknownFieldErrors(render(tool, overlay))).toEqual([]);
    },
  );

  testWithTool(kubectl, 'everything is in one namespace, and a Namespace object creates it', (tool) => {
    const objects = render(tool, overlay);
    const namespaces = objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name);
    expect(namespaces).toHaveLength(1);
    for (const object of objects.filter((o) => o.kind !== 'Namespace')) {
      expect(`${object.kind}/${object.metadata.name} in ${object.metadata.namespace}`).toBe(
        `${object.kind}/${object.metadata.name} in ${namespaces[0]}`,
      );
    }
  });

  testWithTool(
    kubectl,
    'every app has a Deployment with its port, both probes, resources and a non-root context',
    (tool) => {
      const objects = render(tool, overlay);
      for (const app of APPS) {
        const deployment = get<IDeployment>(objects, 'Deployment', app);
        const pod = deployment.spec!.template.spec as IPodSpec;
        expect(pod.containers).toHaveLength(1);
        const [container] = pod.containers;
        const port = SERVICES[app].port;
        expect(container.image).toMatch(new RegExp(`(^|/)linkage/${app}:[\\w.-]+$`));
        expect(container.ports?.map((p) => p.containerPort)).toContain(port);

        expect(container.livenessProbe?.httpGet?.path).toBe('/health/live');
        expect(probePort(container.livenessProbe, container)).toBe(port);
        expect(container.readinessProbe?.httpGet?.path).toBe('/health/ready');
        expect(probePort(container.readinessProbe, container)).toBe(port);

        for (const bound of ['requests', 'limits'] as const) {
          expect(container.resources?.[bound]).toEqual(
            expect.objectContaining({ cpu: expect.anything(), memory: expect.anything() }),
          );
        }
        expect(pod.securityContext?.runAsNonRoot).toBe(true);
        expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
        expect(container.securityContext?.allowPrivilegeEscalation).toBe(false);

        // Pods must match the selector, and a Service must route to the port.
        expect(
          selects(deployment.spec!.selector.matchLabels, deployment.spec!.template.metadata?.labels),
        ).toBe(true);
        const service = get<IService>(objects, 'Service', app);
        expect(selects(service.spec?.selector, deployment.spec!.template.metadata?.labels)).toBe(true);
        expect(service.spec?.ports?.map((p) => p.port)).toContain(port);
      }
    },
  );

  testWithTool(kubectl, 'every app gets every variable it reads, its password from a Secret', (tool) => {
    const objects = render(tool, overlay);
    for (const app of APPS) {
      const container = get<IDeployment>(objects, 'Deployment', app).spec!.template.spec!.containers[0];
      const env = effectiveEnv(objects, container);
      const expected = app === 'gateway' ? GATEWAY_VARIABLES : SERVICE_VARIABLES;
      expect({ app, variables: [...env.keys()] }).toEqual({
        app,
        variables: expect.arrayContaining(expected),
      });
      expect(env.get('PORT')?.value).toBe(String(SERVICES[app].port));
      if (app === 'gateway') {
        for (const service of BACKEND_SERVICES) {
          expect(env.get(serviceEnvName(service, 'URL'))?.value).toBe(
            `http://${service}:${SERVICES[service].port}`,
          );
        }
        continue;
      }
      expect(env.get('MYSQL_DATABASE')?.value).toBe(SERVICES[app].database);
      const password = env.get('MYSQL_PASSWORD')!;
      expect(password.value).toBeUndefined();
      expect(password.valueFrom?.secretKeyRef?.key).toBe('MYSQL_PASSWORD');
      const natsUrl = new URL(env.get('NATS_URL')!.value!);
      expect(get<IService>(objects, 'Service', natsUrl.hostname).spec?.ports?.map((p) => p.port)).toContain(
        Number(natsUrl.port),
      );
    }
  });

  testWithTool(kubectl, 'every app has an HPA and a PodDisruptionBudget', (tool) => {
    const objects = render(tool, overlay);
    for (const app of APPS) {
      const deployment = get<IDeployment>(objects, 'Deployment', app);
      const hpa = get<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler', app);
      expect(hpa.spec?.scaleTargetRef).toMatchObject({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: app,
      });
      expect(hpa.spec!.minReplicas).toBeGreaterThanOrEqual(1);
      expect(hpa.spec!.maxReplicas).toBeGreaterThanOrEqual(hpa.spec!.minReplicas!);
      expect(hpa.spec?.metrics?.length).toBeGreaterThan(0);
      const pdb = get<IPodDisruptionBudget>(objects, 'PodDisruptionBudget', app);
      expect(selects(pdb.spec?.selector?.matchLabels, deployment.spec!.template.metadata?.labels)).toBe(true);
      expect(pdb.spec?.minAvailable ?? pdb.spec?.maxUnavailable).toBeDefined();
    }
  });

  testWithTool(
    kubectl,
    'NATS is a 3-node JetStream cluster: StatefulSet, headless Service, routes, PVCs',
    (tool) => {
      const objects = render(tool, overlay);
      const nats = get<IStatefulSet>(objects, 'StatefulSet', 'nats');
      expect(nats.spec?.replicas).toBe(3);
      expect(nats.spec?.volumeClaimTemplates?.length).toBeGreaterThan(0);

      const headless = get<IService>(objects, 'Service', nats.spec!.serviceName!);
      expect(headless.spec?.clusterIP).toBe('None');
      expect(selects(headless.spec?.selector, nats.spec?.template.metadata?.labels)).toBe(true);

      const pod = nats.spec!.template.spec!;
      const [container] = pod.containers;
      expect(container.image).toMatch(/^nats:2\.10(\.\d+)?(-|$)/);
      expect(container.livenessProbe).toBeDefined();
      expect(container.readinessProbe).toBeDefined();
      expect(container.resources?.limits).toBeDefined();
      expect(pod.securityContext?.runAsNonRoot).toBe(true);

      // The configuration file: JetStream on the persistent volume, and a route to every node.
      const configVolume = pod.volumes?.find((v) => v.configMap);
      const config = get<IConfigMap>(objects, 'ConfigMap', configVolume!.configMap!.name!);
      const mount = container.volumeMounts?.find((m) => m.name === configVolume!.name);
      const confFile = Object.keys(config.data ?? {}).find((f) => f.endsWith('.conf'))!;
      expect(container.args?.join(' ')).toContain(`${mount!.mountPath}/${confFile}`);
      const conf = config.data![confFile];
      const storeDir = /jetstream\s*\{[^}]*store_dir:\s*(\S+)/.exec(conf)?.[1];
      const dataMount = container.volumeMounts?.find(
        (m) => m.name === nats.spec!.volumeClaimTemplates![0].metadata?.name,
      );
      expect(storeDir?.startsWith(dataMount!.mountPath)).toBe(true);
      expect(conf).toMatch(/cluster\s*\{/);
      for (let i = 0; i < 3; i++) {
        expect(conf).toContain(`nats://nats-${i}.${nats.spec!.serviceName}:6222`);
      }
      expect(conf).toMatch(/server_name:\s*\$\w+/);

      expect(get<IPodDisruptionBudget>(objects, 'PodDisruptionBudget', 'nats').spec?.maxUnavailable).toBe(1);
    },
  );

  if (overlay === 'dev') {
    testWithTool(
      kubectl,
      'dev runs MySQL 8.4 as a StatefulSet with the init script and a dev Secret',
      (tool) => {
        const objects = render(tool, overlay);
        const mysql = get<IStatefulSet>(objects, 'StatefulSet', 'mysql');
        const pod = mysql.spec!.template.spec!;
        expect(pod.containers[0].image).toMatch(/^mysql:8\.4(\.\d+)?(-|$)/);
        expect(mysql.spec?.replicas).toBe(1);
        expect(find<IService>(objects, 'Service', mysql.spec!.serviceName!)).toBeDefined();
        const init = pod.volumes?.find(
          (v) =>
            v.configMap &&
            pod.containers[0].volumeMounts?.some(
              (m) => m.name === v.name && m.mountPath === '/docker-entrypoint-initdb.d',
            ),
        );
        const initSql = Object.values(
          get<IConfigMap>(objects, 'ConfigMap', init!.configMap!.name!).data ?? {},
        );
        expect(initSql).toEqual([read('docker/mysql/init/01-linkage.sql')]);

        const config = effectiveEnv(
          objects,
          get<IDeployment>(objects, 'Deployment', 'partners').spec!.template.spec!.containers[0],
        );
        expect(config.get('MYSQL_HOST')?.value).toBe(mysql.spec!.serviceName);
        const secretName = config.get('MYSQL_PASSWORD')!.valueFrom!.secretKeyRef!.name!;
        expect(get<ISecret>(objects, 'Secret', secretName).data).toHaveProperty('MYSQL_PASSWORD');

        for (const app of APPS) {
          expect(get<IDeployment>(objects, 'Deployment', app).spec?.replicas).toBe(1);
        }
      },
    );
  }

  if (overlay === 'prod') {
    testWithTool(kubectl, 'prod uses an external MySQL and an externally created Secret', (tool) => {
      const objects = render(tool, overlay);
      const workloads = objects.filter((o) => ['StatefulSet', 'Deployment', 'DaemonSet'].includes(o.kind));
      const images = workloads.flatMap((w) =>
        ((w as unknown as IDeployment).spec!.template.spec!.containers ?? []).map((c) => c.image),
      );
      expect(images.filter((image) => /(^|\/)mysql(:|$)/.test(image ?? ''))).toEqual([]);
      expect(find(objects, 'StatefulSet', 'mysql')).toBeUndefined();
      expect(find(objects, 'Service', 'mysql')).toBeUndefined();
      expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);

      const env = effectiveEnv(
        objects,
        get<IDeployment>(objects, 'Deployment', 'partners').spec!.template.spec!.containers[0],
      );
      expect(env.get('MYSQL_HOST')?.value).not.toMatch(/^(mysql|localhost|127\.0\.0\.1)?$/);
      expect(env.get('MYSQL_PASSWORD')?.valueFrom?.secretKeyRef?.name).toBe('linkage-mysql');
    });

    testWithTool(kubectl, 'prod runs released images with more replicas than dev', (tool) => {
      const prod = render(tool, 'prod');
      const dev = render(tool, 'dev');
      for (const app of APPS) {
        const deployment = get<IDeployment>(prod, 'Deployment', app);
        expect(deployment.spec!.template.spec!.containers[0].image).toMatch(/:\d+\.\d+\.\d+$/);
        expect(deployment.spec!.replicas).toBeGreaterThan(
          get<IDeployment>(dev, 'Deployment', app).spec!.replicas!,
        );
        const hpa = get<IHorizontalPodAutoscaler>(prod, 'HorizontalPodAutoscaler', app);
        expect(hpa.spec!.minReplicas).toBeGreaterThanOrEqual(2);
      }
    });
  }
});
