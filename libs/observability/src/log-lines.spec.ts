import { logDestination, prettyLine } from './log-destination';
import {
  accessLevel,
  accessMessage,
  eventMessage,
  isQuietPath,
  prettyMessage,
  shortRequestId,
} from './log-lines';

describe('access lines', () => {
  it.each([
    ['GET', '/api/shifts', 200, 12, undefined, 'GET /api/shifts 200 12ms'],
    ['POST', '/api/shifts?x=1', 400, 3, undefined, 'POST /api/shifts?x=1 400 3ms'],
    [
      'GET',
      '/api/programmes',
      503,
      4,
      new Error('connect ECONNREFUSED'),
      'GET /api/programmes 503 4ms (connect ECONNREFUSED)',
    ],
    [undefined, undefined, 500, undefined, undefined, '? ? 500'],
  ])('%s %s %s in %s ms', (method, url, status, ms, cause, expected) => {
    expect(accessMessage(method, url, status, ms, cause)).toBe(expected);
  });

  it.each([
    [200, false, 'info'],
    [304, false, 'info'],
    [404, false, 'warn'],
    [503, false, 'error'],
    [200, true, 'error'],
  ])('status %s (failed: %s) is logged at %s', (status, failed, level) => {
    expect(accessLevel(status, failed ? new Error('aborted') : undefined)).toBe(level);
  });

  it.each([
    ['/health', true],
    ['/health/live', true],
    ['/health/ready?verbose=1', true],
    ['/metrics', true],
    ['/healthy-habits', false],
    ['/api/health', false],
    ['/api/shifts', false],
    [undefined, false],
  ])('%s is quiet: %s', (url, quiet) => {
    expect(isQuietPath(url)).toBe(quiet);
  });
});

describe('pretty lines', () => {
  const grey = { gray: (text: string) => `<${text}>` };

  it('pads the message to one column after INFO: and ERROR: alike, and ends with the short request id', () => {
    const access = { level: 30, msg: 'GET /api/shifts 200 12ms', req: { id: 'ab12cdef-0000' } };
    expect(prettyMessage(access)).toBe(' GET /api/shifts 200 12ms  req=ab12cd');
    expect(prettyMessage({ ...access, level: 50 })).toBe('GET /api/shifts 200 12ms  req=ab12cd');
    expect(prettyMessage(access, grey)).toBe(' GET /api/shifts 200 12ms<  req=ab12cd>');
  });

  it('says which event was taken, how it went and how long it took', () => {
    const msg = eventMessage('volunteers.signup.confirmed.v1', 'handled', 4);
    expect(prettyMessage({ level: 30, context: 'EventConsumer', msg, correlationId: 'f00dbeef-1' })).toBe(
      ' [EventConsumer] volunteers.signup.confirmed.v1 handled 4ms  req=f00dbe',
    );
  });

  it('names the context, and takes an event’s correlation id when there is no request', () => {
    expect(
      prettyMessage({ level: 40, context: 'Outbox', msg: 'relayed 3', correlationId: 'ev1234567' }),
    ).toBe(' [Outbox] relayed 3  req=ev1234');
    expect(prettyMessage({ level: 30, msg: 'started' })).toBe(' started');
    expect(shortRequestId('')).toBeUndefined();
  });

  it('is one line: time, level, message, request id — no request or response objects', () => {
    const line = prettyLine({ showName: false, colorize: false })({
      level: 30,
      time: Date.now(),
      pid: 1,
      hostname: 'box',
      name: 'gateway',
      req: { id: 'ab12cdef', method: 'GET', url: '/api/shifts' },
      res: { statusCode: 200 },
      responseTime: 12,
      msg: 'GET /api/shifts 200 12ms',
    });
    expect(line).toMatch(/^\d\d:\d\d:\d\d INFO: {2}GET \/api\/shifts 200 12ms {2}req=ab12cd\n$/);
  });

  it('names the app when no runner prefixes the line with it', () => {
    const line = prettyLine({ showName: true, colorize: false })({
      level: 30,
      time: 0,
      name: 'partners',
      msg: 'hi',
    });
    expect(line).toMatch(/^\d\d:\d\d:\d\d INFO \(partners\): {2}hi\n$/);
  });
});

describe('logDestination', () => {
  it('leaves JSON to pino', () => {
    expect(logDestination('json', { showName: false })).toBeUndefined();
  });

  it('writes pretty lines, leaving out Nest’s start-up inventory unless asked for it', () => {
    const written: string[] = [];
    const out = { write: (text: string) => written.push(text) };
    const record = (context: string) => JSON.stringify({ level: 30, time: 0, context, msg: 'x' });
    const quiet = logDestination('pretty', { showName: false, colorize: false }, out)!;
    quiet.write(record('RouterExplorer'));
    quiet.write(record('NestApplication'));
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('[NestApplication] x');
    const detailed = logDestination(
      'pretty',
      { showName: false, colorize: false, startupDetail: true },
      out,
    )!;
    detailed.write(record('RouterExplorer'));
    expect(written).toHaveLength(2);
  });
});
