// @nestjs/* 12 and a few other dependencies are ESM-only; jest on Node 20 cannot require() ESM, so
// @swc/jest down-levels them to CommonJS together with our TypeScript (see docs/architecture.md, Build).
const swcTs = {
  jsc: {
    target: 'es2023',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const swcJs = { jsc: { target: 'es2023', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } };
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
const shared = {
  testEnvironment: 'node',
  moduleFileExtensions: ['js', 'json', 'ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcTs], '^.+\\.m?js$': ['@swc/jest', swcJs] },
  // Swagger's static assets come through @fastify/static 10, whose glob and content-disposition are ESM too;
  // so are p-limit and its yocto-queue.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|uuid|@nats-io|jose|@fastify/static|content-disposition|glob|path-scurry|minipass|minimatch|lru-cache|@isaacs|balanced-match|brace-expansion|p-limit|yocto-queue)/)',
  ],
  moduleNameMapper,
  rootDir: __dirname,
};

module.exports = {
  // Integration files start real services; jest 30 reads the timeout from the root config only.
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
      setupFiles: ['<rootDir>/libs/testing/src/per-file-setup.ts'],
    },
  ],
};
