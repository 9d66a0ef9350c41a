import { ConfigError } from './config.error';
import { loadConfig } from './load-config';
import { CommonConfig } from './service.config';

describe('CommonConfig.logFormat: readable for a person, JSON for machines', () => {
  it.each([
    // LOG_FORMAT, stdout is a TTY, expected
    [undefined, true, 'pretty'],
    [undefined, false, 'json'],
    ['json', true, 'json'],
    ['json', false, 'json'],
    ['pretty', true, 'pretty'],
    ['pretty', false, 'pretty'], // npm start: children write to a pipe, the runner asked for pretty
    ['', true, 'pretty'], // LOG_FORMAT= counts as unset
  ])('LOG_FORMAT=%s on a TTY=%s → %s', (format, tty, expected) => {
    expect(loadConfig(CommonConfig, { LOG_FORMAT: format }).logFormat(tty)).toBe(expected);
  });

  it('stops the app on a format it does not know, naming the variable', () => {
    expect(() => loadConfig(CommonConfig, { LOG_FORMAT: 'fancy' })).toThrow(ConfigError);
    expect(() => loadConfig(CommonConfig, { LOG_FORMAT: 'fancy' })).toThrow(/LOG_FORMAT/);
  });
});
