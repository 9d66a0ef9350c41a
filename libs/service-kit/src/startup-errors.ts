import { ConfigError, type ServiceConfig } from '@linkage/config';

/** Explains a failed start in words a new user can act on (what is wrong, where, how to fix it). */
export function explainStartupError(error: unknown, config?: ServiceConfig): string {
  if (error instanceof ConfigError) return error.message;
  const e = error as { code?: string; message?: string; errno?: number };
  const text = `${e.code ?? ''} ${e.message ?? String(error)}`;
  if (config && /ER_ACCESS_DENIED|ER_DBACCESS_DENIED/.test(text)) {
    return (
      `MySQL at ${config.MYSQL_HOST}:${config.MYSQL_PORT} refused user "${config.MYSQL_USER}": ${e.message}.\n` +
      'Check MYSQL_USER and MYSQL_PASSWORD (the README shows how to create the linkage user).'
    );
  }
  if (config && /mysql|ER_|PROTOCOL_|ECONNREFUSED.*3306|3306/i.test(text) && !/nats/i.test(text)) {
    return (
      `Cannot reach MySQL at ${config.MYSQL_HOST}:${config.MYSQL_PORT} (${e.code ?? e.message}).\n` +
      'Start it (e.g. `docker compose up -d mysql`) or point MYSQL_HOST/MYSQL_PORT at a running server.'
    );
  }
  if (config && /nats|CONNECTION_REFUSED|4222/i.test(text)) {
    return (
      `Cannot reach NATS at ${config.NATS_URL} (${e.code ?? e.message}).\n` +
      'Start it with JetStream (e.g. `docker compose up -d nats`) or set NATS_URL.'
    );
  }
  return `Failed to start: ${e.message ?? String(error)}`;
}
