import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import {
  describeDelay,
  describeExit,
  nextRestart,
  RESTART_POLICY,
  type RestartPolicy,
} from './restart-policy';

export interface SupervisedApp {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

export interface SupervisorOptions {
  policy?: RestartPolicy;
  /**
   * How many restarts in a row an app gets before the supervisor gives up on it (`gaveUp` resolves) rather
   * than restarting it again; by default it never does. `npm start` allows a few while the apps start (a
   * race between them heals, a bad setting does not) and lifts the limit with keepRestarting() once all
   * are up.
   */
  giveUpAfter?: number;
  /** How long stop() waits for an app after SIGTERM before it kills it. Apps drain within SHUTDOWN_GRACE_MS. */
  stopTimeoutMs?: number;
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

interface Slot {
  app: SupervisedApp;
  prefix: string;
  child?: ChildProcess;
  startedAt: number;
  /** Restarts in a row so far (0 after a healthy run). */
  attempt: number;
  restartTimer?: NodeJS.Timeout;
}

const COLOURS = [36, 35, 32, 33, 34, 31];

/**
 * Runs a few long-lived processes side by side, each line of their output prefixed with the app's name,
 * restarts one that exits with back-off (see restart-policy.ts) while the others keep running, and stops
 * them all with SIGTERM, waiting for each.
 */
export class Supervisor {
  /** Resolves with what happened when an app exited once more than giveUpAfter allows. */
  readonly gaveUp: Promise<string>;
  private readonly slots: Slot[];
  private readonly policy: RestartPolicy;
  private readonly out: NodeJS.WritableStream;
  private readonly err: NodeJS.WritableStream;
  private giveUpAfter: number;
  private stopping = false;
  private giveUp: (reason: string) => void = () => undefined;

  constructor(
    apps: SupervisedApp[],
    private readonly options: SupervisorOptions = {},
  ) {
    this.policy = options.policy ?? RESTART_POLICY;
    this.giveUpAfter = options.giveUpAfter ?? Infinity;
    this.out = options.out ?? process.stdout;
    this.err = options.err ?? process.stderr;
    this.gaveUp = new Promise((resolve) => (this.giveUp = resolve));
    const width = Math.max(...apps.map((app) => app.name.length));
    const colour = (this.out as { isTTY?: boolean }).isTTY === true;
    this.slots = apps.map((app, i) => {
      const label = `[${app.name.padEnd(width)}]`;
      const prefix = colour ? `\x1b[${COLOURS[i % COLOURS.length]}m${label}\x1b[0m` : label;
      return { app, prefix, startedAt: 0, attempt: 0 };
    });
  }

  start(): void {
    for (const slot of this.slots) this.launch(slot);
  }

  /** From now on an app that exits is restarted however often it failed before. */
  keepRestarting(): void {
    this.giveUpAfter = Infinity;
  }

  /** SIGTERM to every app, then waits until all have exited (killing any that outlast stopTimeoutMs). */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.slots.map((slot) => this.terminate(slot)));
  }

  /** Kills whatever still runs, at once (a second Ctrl-C). */
  kill(): void {
    this.stopping = true;
    for (const slot of this.slots) slot.child?.kill('SIGKILL');
  }

  private launch(slot: Slot): void {
    slot.restartTimer = undefined;
    slot.startedAt = Date.now();
    const child = spawn(slot.app.command, slot.app.args, {
      env: slot.app.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    slot.child = child;
    this.relay(child.stdout, this.out, slot.prefix);
    this.relay(child.stderr, this.err, slot.prefix);
    // A command that cannot be spawned emits 'error' and no 'exit'; both end this run once.
    let ended = false;
    const end = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (ended) return;
      ended = true;
      if (slot.child === child) slot.child = undefined;
      this.exited(slot, code, signal);
    };
    child.once('exit', end);
    child.once('error', (error) => {
      this.err.write(`${slot.prefix} ${error.message}\n`);
      end(null, null);
    });
  }

  private exited(slot: Slot, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping) return;
    const what = `${slot.app.name} ${describeExit(code, signal)}`;
    const restart = nextRestart(slot.attempt, Date.now() - slot.startedAt, this.policy);
    if (restart.attempt > this.giveUpAfter) {
      const restarts = restart.attempt - 1;
      this.giveUp(restarts > 0 ? `${what} again after ${restarts} restart${restarts > 1 ? 's' : ''}` : what);
      return;
    }
    slot.attempt = restart.attempt;
    this.err.write(`${what}; restarting in ${describeDelay(restart.delayMs)} (attempt ${restart.attempt})\n`);
    slot.restartTimer = setTimeout(() => this.launch(slot), restart.delayMs);
  }

  private terminate(slot: Slot): Promise<void> {
    clearTimeout(slot.restartTimer);
    const child = slot.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const force = setTimeout(() => {
        this.err.write(
          `${slot.app.name} did not stop within ${describeDelay(this.stopTimeout)}; killing it.\n`,
        );
        child.kill('SIGKILL');
      }, this.stopTimeout);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  private get stopTimeout(): number {
    return this.options.stopTimeoutMs ?? 20000;
  }

  private relay(stream: Readable, to: NodeJS.WritableStream, prefix: string): void {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      to.write(`${prefix} ${line}\n`);
    });
  }
}

/**
 * Ctrl-C (SIGINT) or SIGTERM stops every app and then this process; a second one kills what is left.
 * Returns a function that removes the handlers.
 */
export function stopOnSignals(
  supervisor: Supervisor,
  say: (line: string) => void = () => undefined,
): () => void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled) {
      supervisor.kill();
      return;
    }
    signalled = true;
    say(`${signal}: stopping every app (again to kill them at once)…`);
    void supervisor.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
