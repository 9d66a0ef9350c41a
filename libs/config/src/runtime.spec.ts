import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUNTIME_ENV, RUNTIME_NODE_OPTIONS, withRuntimeOptions } from './runtime';

describe('withRuntimeOptions', () => {
  it('adds the V8 options to NODE_OPTIONS, keeping what is there', () => {
    expect(withRuntimeOptions({}).NODE_OPTIONS).toBe('--max-semi-space-size=64 --expose-gc');
    expect(withRuntimeOptions({ NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toBe(
      `--enable-source-maps ${RUNTIME_NODE_OPTIONS}`,
    );
  });

  it('leaves a semi-space size someone chose alone, and adds only what is missing', () => {
    expect(withRuntimeOptions({ NODE_OPTIONS: '--max-semi-space-size=16' }).NODE_OPTIONS).toBe(
      '--max-semi-space-size=16 --expose-gc',
    );
    const env = { NODE_OPTIONS: '--expose-gc --max-semi-space-size=16', MALLOC_MMAP_THRESHOLD_: '65536' };
    expect(withRuntimeOptions(env)).toBe(env);
  });

  it('sets the allocator variables unless they are set', () => {
    expect(withRuntimeOptions({ HOME: '/home/x' })).toEqual({
      HOME: '/home/x',
      MALLOC_MMAP_THRESHOLD_: '131072',
      NODE_OPTIONS: RUNTIME_NODE_OPTIONS,
    });
    expect(withRuntimeOptions({ MALLOC_MMAP_THRESHOLD_: '0' }).MALLOC_MMAP_THRESHOLD_).toBe('0');
  });

  it('is what the Dockerfile runs the apps with', () => {
    const dockerfile = readFileSync(join(__dirname, '..', '..', '..', 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain(`NODE_OPTIONS="${RUNTIME_NODE_OPTIONS}"`);
    for (const [name, value] of Object.entries(RUNTIME_ENV)) expect(dockerfile).toContain(`${name}=${value}`);
  });
});
