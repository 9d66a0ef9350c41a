// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import accessDecisions from './eslint/access-decisions.mjs';
import featureBoundaries from './eslint/feature-boundaries.mjs';

/** The project's own rules (eslint/*.mjs), each with a unit test beside it. */
const linkage = { rules: { ...accessDecisions.rules, ...featureBoundaries.rules } };

/**
 * Boundaries: an app imports libs through their `@linkage/*` alias and never another app; a lib never
 * imports an app. Inside an app every relative import stays below its own `src/`, so a relative path
 * that mentions `src/` or `apps/` has left it.
 */
const boundaries = {
  patterns: [
    {
      regex: '^\\.{1,2}/(.*/)?(src|apps)(/|$)',
      message: 'Relative import leaves this app or lib: import libs via @linkage/*, never another app.',
    },
    {
      regex: '^@linkage/[^/]+/',
      message: 'Import a lib by its public entry (@linkage/<lib>), not a deep path.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-imports': ['error', boundaries],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', 'test/**/*.ts', 'libs/testing/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // An app's own tests may reach into its src/, but not out of the app.
    files: ['apps/*/test/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./){2,}', message: 'A test of one app imports only its own src/ and libs.' },
          ],
        },
      ],
    },
  },
  {
    // The portal's unit tests (Vitest) and the Playwright tests fake what they need with small async stubs.
    files: ['apps/portal/**/*.test.ts', 'apps/portal/**/*.test.tsx', 'test/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    // Access is decided only in each service's access module (apps/<service>/src/access/) on libs/auth's
    // primitives; eslint/access-decisions.mjs says precisely what counts as deciding elsewhere.
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['apps/*/src/access/**', 'libs/auth/src/**', 'apps/portal/**'],
    plugins: { linkage },
    rules: { 'linkage/access-decisions': 'error' },
  },
  {
    // A feature folder uses another feature through its service, query interface, view types or
    // in-process events, never its repository or entity (eslint/feature-boundaries.mjs); database/ and
    // migrations/ put the service together and may. Tests build fixtures from entities on purpose.
    // Every service is held to it (issue 8).
    files: ['apps/*/src/**/*.ts'],
    ignores: ['apps/*/src/**/*.spec.ts', 'apps/*/src/**/*.int-spec.ts'],
    plugins: { linkage },
    rules: {
      'linkage/feature-boundaries': ['error', { allowedFolders: ['database', 'migrations'] }],
    },
  },
  {
    // A heavy library used by one rare operation is loaded when that operation first runs, so every
    // process does not carry it from start-up (issue 15: idle memory). Types may be imported as usual.
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'exceljs',
              allowTypeImports: true,
              message:
                "Load it on first use: `(await import('exceljs')).default` (~28 MB resident otherwise).",
            },
            ...['pdfkit', 'fontkit'].map((name) => ({
              name,
              allowTypeImports: true,
              message: `Load it with the first certificate: \`await import('${name}')\` (~5 MB resident otherwise).`,
            })),
          ],
        },
      ],
    },
  },
  {
    // Cross-service tests and benchmarks start several apps together on purpose.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  prettier,
);
