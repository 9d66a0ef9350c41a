import { ALL, rolesFor, when, type AccessRules, type Role } from '@linkage/auth';

export type GatewayAction = keyof typeof GATEWAY_RULES;

/**
 * The gateway's own endpoints, deny by default. It keeps no records of its own: what it merges from the
 * services (audit trails, dead letters) is the station's, for admins only. The services decide access to
 * everything it routes to them.
 */
export const GATEWAY_RULES = {
  'audit.read': [when('admin', () => ALL)],
  'dead_letter.manage': [when('admin', () => ALL)],
} satisfies AccessRules<string>;

const rules: AccessRules<GatewayAction> = GATEWAY_RULES;

/** The roles each action's endpoints admit (@Roles): those some rule of the action is written for. */
export const GATEWAY_ROLES = Object.fromEntries(
  Object.keys(rules).map((action) => [action, rolesFor(rules, action as GatewayAction)]),
) as Record<GatewayAction, Role[]>;
