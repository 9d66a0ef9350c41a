import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUNTIME_NODE_OPTIONS, withRuntimeOptions } from './runtime';

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
    const env = { NODE_OPTIONS: '--expose-gc --max-semi-space-size=16' };
    expect(withRuntimeOptions(env)).toBe(env);
  });

  it('is what the Dockerfile runs the apps with', () => {
    const dockerfile = readFileSync(join(__dirname, '..', '..', '..', 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain(`NODE_OPTIONS="${RUNTIME_NODE_OPTIONS}"`);
  });
});
