import { spawnSync } from 'node:child_process';

/** Set to 1 where docker-compose / kubectl cannot be installed: their checks are then skipped, visibly. */
export const SKIP_DEPLOY_TOOLS = process.env.LINKAGE_SKIP_DEPLOY_TOOLS === '1';

const INSTALL = 'Install it with `bash scripts/ci/install-deploy-tools.sh` (see docs/deployment.md)';

export interface Tool {
  /** The program and the arguments that come before the subcommand: `docker-compose` or `docker compose`. */
  command: string;
  prefix: string[];
  version: string;
}

export type ToolCheck = { ok: true; tool: Tool } | { ok: false; reason: string };

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

export function run(command: string, args: string[], cwd?: string): RunResult {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    error: result.error,
  };
}

/** `docker-compose` (Debian's package, v1.29+) or the `docker compose` plugin; neither needs an engine for `config`. */
export function findCompose(): ToolCheck {
  const v1 = run('docker-compose', ['version', '--short']);
  if (v1.status === 0)
    return { ok: true, tool: { command: 'docker-compose', prefix: [], version: v1.stdout.trim() } };
  const v2 = run('docker', ['compose', 'version', '--short']);
  if (v2.status === 0) {
    return { ok: true, tool: { command: 'docker', prefix: ['compose'], version: v2.stdout.trim() } };
  }
  return {
    ok: false,
    reason: `neither \`docker-compose\` nor the \`docker compose\` plugin is installed. ${INSTALL}, or \`apt-get install docker-compose\``,
  };
}

/**
 * kubectl with `kubectl kustomize`. The manifests use `labels` and `patches`, which need the kustomize
 * v4+ that kubectl ≥ 1.21 embeds (Debian bookworm's kubernetes-client 1.20 has kustomize v2: too old).
 */
export function findKubectl(): ToolCheck {
  const result = run('kubectl', ['version', '--client']);
  if (result.status !== 0) {
    const why = result.error ? 'is not installed' : `failed: ${result.stderr.trim()}`;
    return { ok: false, reason: `kubectl ${why}. ${INSTALL}` };
  }
  const kustomize = /Kustomize Version:\s*v?(\d+)\.(\d+)/.exec(result.stdout);
  if (!kustomize || Number(kustomize[1]) < 4) {
    return {
      ok: false,
      reason: `kubectl embeds ${kustomize ? `kustomize v${kustomize[1]}.${kustomize[2]}` : 'a kustomize too old to print its version'}, but the manifests need kustomize v4+ (kubectl >= 1.21). ${INSTALL}`,
    };
  }
  const client = /Client Version:\s*(\S+)/.exec(result.stdout);
  return { ok: true, tool: { command: 'kubectl', prefix: [], version: client?.[1] ?? 'unknown' } };
}

/**
 * A test that needs a tool: runs when the tool is there; otherwise fails saying what to install, unless
 * LINKAGE_SKIP_DEPLOY_TOOLS=1, where it is skipped with the reason in its name.
 */
export function testWithTool(check: ToolCheck, name: string, fn: (tool: Tool) => void): void {
  if (check.ok) {
    test(name, () => fn(check.tool));
  } else if (SKIP_DEPLOY_TOOLS) {
    test.skip(`${name} [skipped, LINKAGE_SKIP_DEPLOY_TOOLS=1: ${check.reason}]`, () => undefined);
  } else {
    test(name, () => {
      throw new Error(`${check.reason}. Or set LINKAGE_SKIP_DEPLOY_TOOLS=1 to skip this check.`);
    });
  }
}
