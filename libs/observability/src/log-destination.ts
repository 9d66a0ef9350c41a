import type { LogFormat } from '@linkage/config';
import type { DestinationStream } from 'pino';
import { prettyFactory, type PrettyOptions } from 'pino-pretty';
import { prettyMessage } from './log-lines';

export interface PrettyLineOptions {
  /**
   * Show the app's name on each line. Not under `npm start`, whose runner already prefixes every line
   * with it; yes when a person runs one app straight in a terminal.
   */
  showName: boolean;
  /** Colours; pino-pretty's default follows the terminal (and FORCE_COLOR, which concurrently sets). */
  colorize?: boolean;
  /** Keep Nest's start-up inventory (every module and route, a screenful per app); for LOG_LEVEL=debug. */
  startupDetail?: boolean;
}

/** Nest's start-up inventory: useful when debugging wiring, noise to a person watching requests. */
const STARTUP_DETAIL = /"context":"(InstanceLoader|RoutesResolver|RouterExplorer)"/;

/**
 * One short line per record: `10:42:01 INFO:  GET /api/shifts 200 12ms  req=ab12cd`. The request and
 * response objects, pid and host are left out (the message says what matters); anything else a record
 * carries follows on the same line, and an error's stack below it.
 */
export function prettyOptions({ showName, colorize }: PrettyLineOptions): PrettyOptions {
  return {
    translateTime: 'SYS:HH:MM:ss',
    // The time alone, without pino-pretty's brackets (translateTime has made it a string already).
    customPrettifiers: { time: (time) => (typeof time === 'string' ? time : JSON.stringify(time)) },
    ignore: [
      'pid',
      'hostname',
      'req',
      'res',
      'responseTime',
      'requestId',
      'correlationId',
      'context',
      ...(showName ? [] : ['name']),
    ].join(','),
    singleLine: true,
    messageFormat: (log, _messageKey, _levelLabel, { colors }) => prettyMessage(log, colors),
    ...(colorize === undefined ? {} : { colorize }),
  };
}

/** Turns one JSON record (a string or an object) into its pretty line, newline included. */
export function prettyLine(options: PrettyLineOptions): (record: string | object) => string {
  return prettyFactory(prettyOptions(options));
}

/**
 * Where pino writes: for `pretty`, a stream that rewrites each record before it reaches stdout — in this
 * thread rather than a pino transport's worker, because a worker cannot take the formatting functions
 * and a person's terminal never needs the throughput. For `json`, undefined: pino's own stdout.
 */
export function logDestination(
  format: LogFormat,
  options: PrettyLineOptions,
  out: { write(text: string): unknown } = process.stdout,
): DestinationStream | undefined {
  if (format !== 'pretty') return undefined;
  const pretty = prettyLine(options);
  return {
    write: (record: string) => {
      if (!options.startupDetail && STARTUP_DETAIL.test(record)) return;
      out.write(pretty(record));
    },
  };
}
