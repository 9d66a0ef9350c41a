import type { InboxOutcomeBody } from '../inbox/InboxOutcomeModal';
import { detailNumber, detailText, type InboxDetails } from '../inbox/inbox-details';

/**
 * A volunteer's declared hours in the inbox of the partner organisation they named (`kind`
 * hours_declaration, sent by volunteers): the facts to check with the contact, and the partner's answer.
 * Confirmed (completed, category confirmed), the hours count as verified by the partner; not confirmed
 * (declined, category rejected), the reason goes to the volunteer.
 */
export const DECLARATION_KIND = 'hours_declaration';

export interface DeclarationInboxFacts {
  volunteer: string;
  serviceDate: string | null;
  place: string;
  hours: number | null;
  contactName: string;
  contactPhone: string;
}

/** The declaration's facts from an inbox item's details (fields the sender left out are blank). */
export function declarationInboxFacts(details: InboxDetails): DeclarationInboxFacts {
  const d = details ?? {};
  return {
    volunteer: detailText(d.volunteer),
    serviceDate: d.serviceDate ? detailText(d.serviceDate) : null,
    place: detailText(d.place),
    hours: detailNumber(d.hours),
    contactName: detailText(d.contactName),
    contactPhone: detailText(d.contactPhone),
  };
}

export type DeclarationDecision = 'confirm' | 'reject';

export interface DeclarationOutcomeValues {
  decision: DeclarationDecision;
  /** Why not: required to reject, the volunteer reads it. */
  reason?: string;
  /** A note with a confirmation (optional). */
  notes?: string;
}

/** The body of POST /api/inbox/:id/outcome for a declaration. */
export function declarationOutcomeBody(v: DeclarationOutcomeValues): InboxOutcomeBody {
  return v.decision === 'confirm'
    ? { status: 'completed', category: 'confirmed', notes: v.notes?.trim() || undefined }
    : { status: 'declined', category: 'rejected', notes: v.reason?.trim() || undefined };
}

const OUTCOMES: Readonly<Record<string, string>> = {
  confirmed: 'declarationInbox.outcomes.confirmed',
  rejected: 'declarationInbox.outcomes.rejected',
};

/** The translation key of a declaration's outcome category, when it is one of ours. */
export function declarationCategoryKey(category: string | null): string | null {
  return (category && OUTCOMES[category]) || null;
}
