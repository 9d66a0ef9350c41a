import { appPort } from './app-port';
import { ConfigError } from './config.error';

describe('appPort', () => {
  it.each([
    ['volunteers', {}, 3002],
    ['gateway', {}, 3000],
    ['volunteers', { PORT: '4000' }, 4000],
    ['volunteers', { VOLUNTEERS_PORT: '4002', PORT: '4000' }, 4002],
    ['volunteers', { PARTNERS_PORT: '4003' }, 3002],
    ['volunteers', { VOLUNTEERS_PORT: '', PORT: '4000' }, 4000],
    ['identity', { IDENTITY_PORT: '0' }, 0],
    ['gateway', { GATEWAY_PORT: ' 8080 ' }, 8080],
  ] as const)('%s with %j listens on %d', (app, env, port) => {
    expect(appPort(app, env)).toBe(port);
  });

  it.each([
    [{ VOLUNTEERS_PORT: 'abc' }, /VOLUNTEERS_PORT: must be a port number from 0 to 65535 \(got "abc"\)/],
    [{ PORT: '70000' }, /PORT: must be a port number .*"70000"/],
    [{ PORT: '-1' }, /PORT: must be a port number/],
    [{ VOLUNTEERS_PORT: 'tcp://10.96.0.12:3002' }, /Kubernetes service link .*enableServiceLinks: false/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => appPort('volunteers', env)).toThrow(ConfigError);
    expect(() => appPort('volunteers', env)).toThrow(message);
  });
});
