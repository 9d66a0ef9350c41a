// @ts-check
import path from 'node:path';

/**
 * linkage/feature-boundaries: inside an app, a feature folder (apps/<app>/src/<feature>/) uses another
 * feature through what that feature exports — its service, a narrow query interface, a view type, an
 * in-process event — never through its repository or entity. This rule fails when a file of one feature
 * imports a `*.repository` or `*.entity` module of another (a type-only import too: the owner exports a
 * view type for that). The folders that put the service together may (the `allowedFolders` option:
 * database/ and migrations/), and so may files outside any feature folder (the service definition);
 * tests are exempt in eslint.config.mjs.
 */

const TABLE_MODULE = /\.(repository|entity)(\.ts)?$/;

/** The app's src/ directory and the feature folder a path is in, or null outside apps/<app>/src/<feature>/. */
function locate(/** @type {string} */ file) {
  const match = /^(.*\/apps\/[^/]+\/src)\/([^/]+)\/.+$/.exec(file);
  return match ? { src: match[1], feature: match[2] } : null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature uses another feature’s service or query interface, not its tables.' },
    messages: {
      tableModule:
        '`{{module}}` is the {{owner}} feature’s {{kind}}: use what {{owner}} exports (its service, a query interface, a view type or an in-process event).',
    },
    schema: [
      {
        type: 'object',
        properties: { allowedFolders: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    const here = locate(file);
    const allowed = new Set(context.options[0]?.allowedFolders ?? ['database', 'migrations']);
    if (!here || allowed.has(here.feature)) return {};

    const check = (/** @type {any} */ node) => {
      const from = node.source && String(node.source.value);
      if (!from || !from.startsWith('.') || !TABLE_MODULE.test(from)) return;
      const target = locate(path.posix.join(path.posix.dirname(file), from));
      if (!target || target.src !== here.src || target.feature === here.feature) return;
      context.report({
        node: node.source,
        messageId: 'tableModule',
        data: {
          module: from,
          owner: target.feature,
          kind: /\.repository(\.ts)?$/.test(from) ? 'repository' : 'entity',
        },
      });
    };

    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { 'feature-boundaries': featureBoundaries } };
