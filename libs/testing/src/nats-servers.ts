import { jetstreamManager, StorageType } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isListening } from './infrastructure';

/**
 * Throwaway `nats-server` processes for fault tests: each on free ports of 127.0.0.1 with its own
 * store directory, so a test can stop, kill and restart NATS without touching the shared server the
 * rest of the suite uses (and without Docker). Every process is killed and every directory removed by
 * `dispose()`, and killed when the test process exits in any case.
 */
export interface NatsServerProcess {
  /** The server's name (n1, n2, … in a cluster). */
  readonly name: string;
  readonly port: number;
  /** nats://127.0.0.1:<port> */
  readonly url: string;
  readonly storeDir: string;
  running(): boolean;
  /** SIGTERM, and waits for it to exit (SIGKILL after 10 s). */
  stop(): Promise<void>;
  /** SIGKILL, and waits for it to exit: a crash. */
  kill(): Promise<void>;
  /** Starts it again on the same port with the same store directory (after stop or kill). */
  restart(): Promise<void>;
  /** The end of what it logged, for a failing test's message. */
  log(): string;
}

export interface NatsServer extends NatsServerProcess {
  /** Kills it and removes its store directory. */
  dispose(): Promise<void>;
}

export interface NatsCluster {
  readonly nodes: NatsServerProcess[];
  /** Every node's URL, comma-separated: what NATS_URL is given. */
  readonly url: string;
  node(name: string): NatsServerProcess;
  /**
   * Resolves when JetStream answers and can place a stream replicated on every node, or fails after
   * `withinMs`.
   */
  ready(withinMs?: number): Promise<void>;
  /** Kills every node and removes their store directories. */
  dispose(): Promise<void>;
}

const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 10_000;
const LOG_KEEP_CHARS = 8_000;

/** Starts one JetStream server on a free port with a fresh store directory. */
export async function startNatsServer(options: { name?: string } = {}): Promise<NatsServer> {
  const storeDir = await mkdtemp(join(tmpdir(), 'linkage-nats-'));
  const port = await freePort();
  const node = new NatsNode(options.name ?? 'n1', port, storeDir, []);
  try {
    await node.restart();
  } catch (error) {
    await node.destroy();
    throw error;
  }
  return Object.assign(node, { dispose: () => node.destroy() });
}

/**
 * Starts a JetStream cluster of `size` nodes (named n1…nN, cluster `linkage_test`) routed to each other,
 * and waits until it can place a stream replicated on all of them.
 */
export async function startNatsCluster(size = 3): Promise<NatsCluster> {
  const ports = await Promise.all(Array.from({ length: size * 2 }, () => freePort()));
  const clientPorts = ports.slice(0, size);
  const routePorts = ports.slice(size);
  const nodes: NatsNode[] = [];
  try {
    for (let i = 0; i < size; i += 1) {
      const storeDir = await mkdtemp(join(tmpdir(), `linkage-nats-n${i + 1}-`));
      const routes = routePorts.filter((_, j) => j !== i).map((p) => `nats://127.0.0.1:${p}`);
      const clusterArgs = [
        '--cluster_name',
        'linkage_test',
        '--cluster',
        `nats://127.0.0.1:${routePorts[i]}`,
        '--routes',
        routes.join(','),
      ];
      nodes.push(new NatsNode(`n${i + 1}`, clientPorts[i], storeDir, clusterArgs));
    }
    await Promise.all(nodes.map((node) => node.restart()));
    const cluster: NatsCluster = {
      nodes,
      url: nodes.map((node) => node.url).join(','),
      node(name) {
        const found = nodes.find((node) => node.name === name);
        if (!found)
          throw new Error(`no node ${name} in the cluster (${nodes.map((n) => n.name).join(', ')})`);
        return found;
      },
      ready: (withinMs = 20_000) => waitForJetStream(nodes, withinMs),
      dispose: async () => {
        await Promise.all(nodes.map((node) => node.destroy()));
      },
    };
    await cluster.ready();
    return cluster;
  } catch (error) {
    await Promise.all(nodes.map((node) => node.destroy()));
    throw error;
  }
}

/** The nats-server binary: NATS_SERVER_BIN, else Debian's /usr/sbin/nats-server, else the PATH's. */
export function natsServerBinary(): string {
  if (process.env.NATS_SERVER_BIN) return process.env.NATS_SERVER_BIN;
  return existsSync('/usr/sbin/nats-server') ? '/usr/sbin/nats-server' : 'nats-server';
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

class NatsNode implements NatsServerProcess {
  readonly url: string;
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private logTail = '';

  constructor(
    readonly name: string,
    readonly port: number,
    readonly storeDir: string,
    private readonly extraArgs: string[],
  ) {
    this.url = `nats://127.0.0.1:${port}`;
  }

  running(): boolean {
    return this.child !== null;
  }

  log(): string {
    return this.logTail;
  }

  async restart(): Promise<void> {
    if (this.child) throw new Error(`nats-server ${this.name} is already running`);
    const args = ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir];
    args.push('--server_name', this.name, ...this.extraArgs);
    const child = spawn(natsServerBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    running.add(child);
    // Always read its output: a full pipe would block the server.
    const keep = (chunk: Buffer): void => {
      this.logTail = (this.logTail + chunk.toString()).slice(-LOG_KEEP_CHARS);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let spawnError: Error | null = null;
    child.once('error', (error) => {
      spawnError = error;
    });
    this.exited = new Promise((resolve) => {
      child.once('close', () => {
        running.delete(child);
        if (this.child === child) this.child = null;
        resolve();
      });
    });
    const started = Date.now();
    while (!(await isListening('127.0.0.1', this.port, 200))) {
      if (spawnError || this.child !== child) {
        throw new Error(
          `nats-server ${this.name} did not start (${natsServerBinary()} ${args.join(' ')}): ${
            spawnError ? String(spawnError) : this.logTail
          }`,
        );
      }
      if (Date.now() - started > START_TIMEOUT_MS) {
        child.kill('SIGKILL');
        throw new Error(
          `nats-server ${this.name} did not listen within ${START_TIMEOUT_MS} ms: ${this.logTail}`,
        );
      }
      await sleep(50);
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.kill('SIGTERM');
    await this.exited;
    clearTimeout(force);
  }

  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  async destroy(): Promise<void> {
    await this.kill();
    await rm(this.storeDir, { recursive: true, force: true });
  }
}

/** Polls JetStream's account info through the running nodes until it answers (a meta leader exists). */
async function waitForJetStream(nodes: NatsServerProcess[], withinMs: number): Promise<void> {
  const started = Date.now();
  let last: unknown = null;
  while (Date.now() - started < withinMs) {
    const servers = nodes.filter((node) => node.running()).map((node) => node.url);
    try {
      const nats = await connect({ servers, maxReconnectAttempts: 0, timeout: 2000 });
      try {
        const jsm = await jetstreamManager(nats, { timeout: 5000 });
        await jsm.getAccountInfo();
        // A meta leader answers before every peer has caught up with it; until then a stream replicated
        // on all of them cannot be placed, and a service's first stream add times out (seen on a busy CI
        // machine). Ready is when such a stream can be made.
        if (nodes.length > 1) {
          const probe = `READY_PROBE_${Date.now()}`;
          await jsm.streams.add({
            name: probe,
            subjects: [`ready-probe.${Date.now()}`],
            num_replicas: nodes.length,
            storage: StorageType.Memory,
          });
          await jsm.streams.delete(probe);
        }
        return;
      } finally {
        await nats.close();
      }
    } catch (error) {
      last = error;
      await sleep(200);
    }
  }
  throw new Error(
    `JetStream could not place a stream on every node within ${withinMs} ms (last: ${String(last)})`,
  );
}

/** A TCP port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
