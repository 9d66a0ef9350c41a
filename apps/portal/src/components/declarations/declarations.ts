import type { Schemas } from '../../api/client';
import { TAG_COLORS } from '../tag-colors';

/**
 * Declared hours (申报时长): service a volunteer did after a shift or outside Linkage, confirmed by the
 * shift's team leaders or a coordinator, or by the partner organisation named (through its inbox).
 */
export type Declaration = Schemas['HoursDeclarationView'];
export type DeclarationStatus = Schemas['DeclarationStatus'];

export const DECLARATION_STATUSES: readonly DeclarationStatus[] = ['pending', 'confirmed', 'rejected'];

export const DECLARATION_COLORS: Readonly<Record<DeclarationStatus, string>> = {
  pending: TAG_COLORS.gold,
  confirmed: TAG_COLORS.green,
  rejected: TAG_COLORS.red,
};

/**
 * Who confirms a pending declaration, or who reviewed it: the partner organisation named, the declared
 * shift's team leaders (a coordinator may too), or the station's coordinators.
 */
export type Reviewer =
  { kind: 'partner'; name: string } | { kind: 'leader' } | { kind: 'leaderOrStation' } | { kind: 'station' };

export function reviewerOf(
  d: Pick<Declaration, 'status' | 'reviewerRole' | 'shiftId' | 'partnerOrganisationName'>,
): Reviewer {
  if (d.status !== 'pending') {
    if (d.reviewerRole === 'team_leader') return { kind: 'leader' };
    if (d.reviewerRole === 'partner' && d.partnerOrganisationName)
      return { kind: 'partner', name: d.partnerOrganisationName };
    if (d.reviewerRole === 'coordinator') return { kind: 'station' };
  }
  if (d.partnerOrganisationName) return { kind: 'partner', name: d.partnerOrganisationName };
  if (d.shiftId) return { kind: 'leaderOrStation' };
  return { kind: 'station' };
}

/** The reviewer in words (`declare.by.*`, in the volunteer's texts; a partner by its name). */
export function reviewerText(t: (key: string) => string, reviewer: Reviewer): string {
  return reviewer.kind === 'partner' ? reviewer.name : t(`declare.by.${reviewer.kind}`);
}
