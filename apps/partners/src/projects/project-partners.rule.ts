import type { FieldError } from '@linkage/errors';
import type { ProjectRole } from './project-role';

export interface PartnerInRole {
  organisationId: string;
  role: ProjectRole;
}

/**
 * What is wrong with a project's list of partners, as field errors (none when it is fine): every
 * organisation at most once, in one role, and exactly one lead (the one answerable for the project).
 */
export function partnerListProblems(partners: readonly PartnerInRole[]): FieldError[] {
  const messages: string[] = [];
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const p of partners) (seen.has(p.organisationId) ? twice : seen).add(p.organisationId);
  if (twice.size > 0)
    messages.push(`partners names an organisation more than once: ${[...twice].join(', ')}`);
  const leads = partners.filter((p) => p.role === 'lead').length;
  if (leads !== 1) messages.push(`partners must have exactly one lead (has ${leads})`);
  return messages.length > 0 ? [{ field: 'partners', messages }] : [];
}
