export interface ConfigProblem {
  variable: string;
  problem: string;
}

/** Thrown at boot when the environment does not describe a runnable service. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.problem}`).join('\n')}\n` +
        'Fix these environment variables and start again.',
    );
    this.name = 'ConfigError';
  }
}
