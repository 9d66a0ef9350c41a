import { ConfigError } from '@linkage/config';
import { DependencyError } from '@linkage/errors';

/** Explains a failed start in words a new user can act on (what is wrong, where, how to fix it). */
export function explainStartupError(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof DependencyError) {
    const cause = error.cause as { code?: string; message?: string };
    const reason = cause.code ?? cause.message ?? 'no answer';
    if (error.dependency === 'mysql') {
      if (/ACCESS_DENIED/.test(reason)) {
        return (
          `MySQL at ${error.target} refused the user: ${cause.message}.\n` +
          'Check MYSQL_USER and MYSQL_PASSWORD (the README shows how to create the linkage user).'
        );
      }
      return (
        `Cannot reach MySQL at ${error.target} (${reason}).\n` +
        'Start it (e.g. `docker compose up -d mysql`) or point MYSQL_HOST/MYSQL_PORT at a running server.'
      );
    }
    return (
      `Cannot reach NATS at ${error.target} (${reason}).\n` +
      'Start it with JetStream (e.g. `docker compose up -d nats`) or set NATS_URL.'
    );
  }
  return `Failed to start: ${error instanceof Error ? error.message : String(error)}`;
}
