/**
 * What a log line says, whatever its format: the access line is a sentence a person can read
 * ("GET /api/shifts 200 12ms"), and JSON keeps the same fields for collectors as before.
 */

/** Probes and scrapes arrive every few seconds from machines; their access lines would drown the rest. */
const QUIET_PATH = /^\/(health(\/live|\/ready)?|metrics)\/?(\?|$)/;

export function isQuietPath(url: string | undefined): boolean {
  return QUIET_PATH.test(url ?? '');
}

/** `GET /api/shifts 200 12ms`, plus why when the request failed for a reason we know. */
export function accessMessage(
  method: string | undefined,
  url: string | undefined,
  status: number,
  ms: number | undefined,
  cause?: Error,
): string {
  const line = `${method ?? '?'} ${url ?? '?'} ${status}${ms === undefined ? '' : ` ${ms}ms`}`;
  return cause ? `${line} (${cause.message})` : line;
}

/**
 * The line for one event a consumer took: `volunteers.signup.confirmed.v1 handled 4ms`. Log it with the
 * event's `correlationId` beside it, and a pretty line ends with the request id the event came from.
 */
export function eventMessage(subject: string, outcome: string, ms: number): string {
  return `${subject} ${outcome} ${ms}ms`;
}

/** Failures are errors, a caller's mistakes warnings, the rest information: the level colours the line. */
export function accessLevel(status: number, error?: Error): 'error' | 'warn' | 'info' {
  if (error || status >= 500) return 'error';
  return status >= 400 ? 'warn' : 'info';
}

const LEVEL_LABELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** The first characters of a request id: enough to tell requests apart on one screen, and to grep. */
export function shortRequestId(id: unknown): string | undefined {
  return typeof id === 'string' && id.length > 0 ? id.slice(0, 6) : undefined;
}

interface Colours {
  gray(text: string): string;
}

const plain: Colours = { gray: (text) => text };

/**
 * The message part of a pretty line (pino-pretty's `messageFormat`): `[Context] message  req=ab12cd`,
 * padded so messages start in one column after `INFO:` and `ERROR:` alike. The request id is the one
 * every line of a request carries (`req.id`), or the one an event carries along (`correlationId`).
 */
export function prettyMessage(log: Record<string, unknown>, colours: Colours = plain): string {
  const label = LEVEL_LABELS[Number(log.level)] ?? '';
  const pad = ' '.repeat(Math.max(0, 5 - label.length));
  const context = typeof log.context === 'string' ? `[${log.context}] ` : '';
  const req = log.req as { id?: unknown } | undefined;
  const id = shortRequestId(req?.id ?? log.requestId ?? log.correlationId);
  const suffix = id ? colours.gray(`  req=${id}`) : '';
  const msg = typeof log.msg === 'string' ? log.msg : JSON.stringify(log.msg ?? '');
  return `${pad}${context}${msg}${suffix}`;
}
