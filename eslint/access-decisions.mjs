// @ts-check
/**
 * linkage/access-decisions: access is decided in one place per service (apps/<service>/src/access/,
 * on the primitives in libs/auth). Everywhere else a service asks that module (`scope`, `can`, the
 * `<SERVICE>_ROLES` table) and hands the scope to a repository. This rule fails when a decision is made
 * anywhere else:
 *
 * 1. importing what rules are written with (scopeFor, when, STAFF, ALL, ownedBy, inTeams, hasRole, …)
 *    from @linkage/auth;
 * 2. importing what applies a scope (applyScope, scopeAllows) outside a `*.repository.ts`;
 * 3. reading a scope's `kind` (any property declared by RecordScope in libs/auth/src/access.ts), so
 *    no `scope.kind === 'all'` decides anything in a service;
 * 4. reading a principal's `roles` (the property declared by Principal in libs/auth/src/principal.ts);
 * 5. in apps, an `@Roles(…)` that is not spread from the service's access table (`@Roles(...X_ROLES[a])`).
 *
 * 3 and 4 go by the TypeScript symbol, not by names: renaming the variable, narrowing the union or
 * writing `x['kind']` does not get past them, and an `any` cast is refused by no-unsafe-member-access.
 * The access modules and libs/auth are exempt in eslint.config.mjs (their job is these decisions).
 */

const AUTH = '@linkage/auth';

/** What access rules are written with: only access modules use them. */
const RULE_BUILDERS = new Set([
  'scopeFor',
  'when',
  'STAFF',
  'ALL',
  'NONE',
  'ownedBy',
  'inTeams',
  'anyOf',
  'exceptOwnedBy',
  'coversAll',
  'rolesFor',
  'hasRole',
  'AccessRule',
  'AccessRules',
]);

/** What applies a scope to records: repositories (and access modules) only. */
const SCOPE_APPLIERS = new Set(['applyScope', 'scopeAllows']);

/** @param {string} fileName */
const isRepository = (fileName) => fileName.endsWith('.repository.ts');

/** @type {import('eslint').Rule.RuleModule} */
export const accessDecisions = {
  meta: {
    type: 'problem',
    docs: { description: 'Access decisions are made only in the service’s access module.' },
    messages: {
      ruleBuilder:
        '`{{name}}` writes access rules: add the rule to apps/<service>/src/access/ and ask that module (scope/can).',
      scopeApplier:
        '`{{name}}` applies a scope to records: only repositories do that; services pass the scope on.',
      scopeKind:
        'Reading a scope’s kind decides access here: ask the access module (can, a named predicate) or let the repository apply the scope.',
      principalRoles:
        'Reading a principal’s roles decides access here: ask the access module (can, scope or its _ROLES table).',
      rolesLiteral:
        'Take the endpoint’s roles from the service’s access table: @Roles(...<SERVICE>_ROLES[action]).',
    },
    schema: [],
  },
  create(context) {
    const fileName = context.filename.replaceAll('\\', '/');
    const services = context.sourceCode.parserServices;
    const program = services?.program;
    if (!program || !services.esTreeNodeToTSNodeMap) {
      throw new Error('linkage/access-decisions needs typed linting (parserOptions.projectService).');
    }
    const checker = program.getTypeChecker();

    /** Whether the property at this node is declared in the given libs/auth file. */
    const declaredIn = (/** @type {any} */ node, /** @type {string} */ file) => {
      const tsNode = services.esTreeNodeToTSNodeMap.get(node);
      const symbol = tsNode && checker.getSymbolAtLocation(tsNode);
      return (symbol?.declarations ?? []).some((d) =>
        d.getSourceFile().fileName.replaceAll('\\', '/').endsWith(file),
      );
    };

    const checkProperty = (/** @type {any} */ keyNode, /** @type {string} */ name) => {
      if (name === 'kind' && declaredIn(keyNode, 'libs/auth/src/access.ts'))
        context.report({ node: keyNode, messageId: 'scopeKind' });
      if (name === 'roles' && declaredIn(keyNode, 'libs/auth/src/principal.ts'))
        context.report({ node: keyNode, messageId: 'principalRoles' });
    };

    /** Imported names from the service's own access module (`../access/x.access`). */
    const accessTables = new Set();

    return {
      ImportDeclaration(node) {
        const from = String(node.source.value);
        if (/(^|\/)access\/[^/]+\.access$/.test(from)) {
          for (const s of node.specifiers) accessTables.add(s.local.name);
        }
        if (from !== AUTH) return;
        for (const s of node.specifiers) {
          if (s.type !== 'ImportSpecifier') continue;
          const name = s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
          if (RULE_BUILDERS.has(name)) context.report({ node: s, messageId: 'ruleBuilder', data: { name } });
          if (SCOPE_APPLIERS.has(name) && !isRepository(fileName))
            context.report({ node: s, messageId: 'scopeApplier', data: { name } });
        }
      },
      MemberExpression(node) {
        const p = node.property;
        if (!node.computed && p.type === 'Identifier') checkProperty(p, p.name);
        else if (node.computed && p.type === 'Literal' && typeof p.value === 'string')
          checkProperty(p, p.value);
      },
      'ObjectPattern > Property'(/** @type {any} */ node) {
        const key = node.key;
        const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : null;
        if (name !== 'kind' && name !== 'roles') return;
        // The pattern's type says whose property it is.
        const tsPattern = services.esTreeNodeToTSNodeMap.get(node.parent);
        const property = tsPattern && checker.getTypeAtLocation(tsPattern).getProperty(name);
        const file = name === 'kind' ? 'libs/auth/src/access.ts' : 'libs/auth/src/principal.ts';
        const declared = (property?.declarations ?? []).some((d) =>
          d.getSourceFile().fileName.replaceAll('\\', '/').endsWith(file),
        );
        if (declared)
          context.report({ node: key, messageId: name === 'kind' ? 'scopeKind' : 'principalRoles' });
      },
      CallExpression(node) {
        if (!/(^|\/)apps\/[^/]+\/src\//.test(fileName)) return;
        if (node.callee.type !== 'Identifier' || node.callee.name !== 'Roles') return;
        const fromTable = (/** @type {any} */ arg) =>
          arg.type === 'SpreadElement' &&
          arg.argument.type === 'MemberExpression' &&
          arg.argument.object.type === 'Identifier' &&
          accessTables.has(arg.argument.object.name);
        if (node.arguments.length === 0 || !node.arguments.every(fromTable))
          context.report({ node, messageId: 'rolesLiteral' });
      },
    };
  },
};

export default { rules: { 'access-decisions': accessDecisions } };
