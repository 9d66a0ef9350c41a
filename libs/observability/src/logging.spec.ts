import pino from 'pino';
import { NestPinoLogger } from './logging';

/** A Nest logger writing JSON lines into an array, with the request id the test sets. */
function capture(level = 'info'): {
  nest: NestPinoLogger;
  lines: Record<string, any>[];
  setId(id?: string): void;
} {
  const lines: Record<string, any>[] = [];
  let requestId: string | undefined;
  const logger = pino(
    { level, base: undefined, timestamp: false },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, any>) },
  );
  return { nest: new NestPinoLogger(logger, () => requestId), lines, setId: (id) => (requestId = id) };
}

describe('NestPinoLogger', () => {
  it('puts the request id of the current request on the line, and nothing outside a request', () => {
    const { nest, lines, setId } = capture();
    setId('ab12cd-77');
    nest.log('shift opened', 'ShiftsService');
    setId(undefined);
    nest.log('relay started', 'OutboxRelay');
    expect(lines).toEqual([
      { level: 30, requestId: 'ab12cd-77', context: 'ShiftsService', msg: 'shift opened' },
      { level: 30, context: 'OutboxRelay', msg: 'relay started' },
    ]);
  });

  it('fills placeholders from the parameters before the context, and merges an object', () => {
    const { nest, lines } = capture();
    nest.warn('%d sign-ups waited', 3, 'Batcher');
    nest.log({ shiftId: 's1', msg: 'batch done' }, 'Batcher');
    expect(lines).toEqual([
      { level: 40, context: 'Batcher', msg: '3 sign-ups waited' },
      { level: 30, context: 'Batcher', shiftId: 's1', msg: 'batch done' },
    ]);
  });

  it("keeps an error's stack: an Error given, or Nest's (message, stack, context)", () => {
    const { nest, lines } = capture();
    nest.error(new Error('pool closed'), 'Health');
    nest.error('Unexpected', 'Error: boom\n    at handler (x.js:1:1)', 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({ level: 50, context: 'Health', err: { message: 'pool closed' } });
    expect(lines[0].err.stack).toMatch(/^Error: pool closed\n/);
    expect(lines[1]).toMatchObject({
      level: 50,
      context: 'ExceptionsHandler',
      err: { message: 'Unexpected', stack: 'Error: boom\n    at handler (x.js:1:1)' },
    });
  });

  it('writes nothing below the level, verbose being trace', () => {
    const { nest, lines } = capture('debug');
    nest.verbose('detail', 'X');
    nest.debug('some', 'X');
    expect(lines).toEqual([{ level: 20, context: 'X', msg: 'some' }]);
  });
});
