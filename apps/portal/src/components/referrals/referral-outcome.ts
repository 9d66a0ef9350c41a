import { detailNumber, detailText, type InboxDetails } from '../inbox/inbox-details';

/**
 * A screening referral in the hospital's inbox (`kind` screening_referral): what the screening service
 * put in its details (never a name, an ID number, a phone or an address), and what the memory clinic
 * sends back. The category is a code the screening service keeps on the referral as it is.
 */
export const REFERRAL_KIND = 'screening_referral';

/** What the memory clinic found. */
export const DIAGNOSIS_CATEGORIES = [
  'no_impairment',
  'diagnosed_mci',
  'diagnosed_dementia',
  'other_condition',
] as const;

/** Why a referral was declined. */
export const DECLINE_REASONS = [
  'resident_unreachable',
  'resident_refused',
  'outside_service',
  'other_reason',
] as const;

export interface ReferralFacts {
  pseudonym: string;
  age: number | null;
  sex: string;
  community: string;
  /** The stage-2 instrument version (MOCA@1) and its score. */
  instrument: string;
  score: number | null;
  screenedOn: string | null;
}

/** The referral's facts from an inbox item's details (fields a sender left out are blank). */
export function referralFacts(details: InboxDetails): ReferralFacts {
  const d = details ?? {};
  return {
    pseudonym: detailText(d.pseudonym),
    age: detailNumber(d.age),
    sex: detailText(d.sex),
    community: detailText(d.community),
    instrument: detailText(d.instrument),
    score: detailNumber(d.score),
    screenedOn: d.screenedOn ? detailText(d.screenedOn) : null,
  };
}

export type ReferralStep = 'complete' | 'decline';

export interface ReferralOutcomeValues {
  step: ReferralStep;
  diagnosis?: (typeof DIAGNOSIS_CATEGORIES)[number];
  declineReason?: (typeof DECLINE_REASONS)[number];
  /** The clinic's advice (completed) or what happened (declined). */
  notes?: string;
}

/** The body of POST /api/inbox/:id/outcome for a referral. */
export function referralOutcomeBody(v: ReferralOutcomeValues): {
  status: 'completed' | 'declined';
  category?: string;
  notes?: string;
} {
  const notes = v.notes?.trim() || undefined;
  return v.step === 'complete'
    ? { status: 'completed', category: v.diagnosis, notes }
    : { status: 'declined', category: v.declineReason, notes };
}

/** The translation key of an outcome's category, when it is one of ours. */
export function outcomeCategoryKey(category: string | null): string | null {
  if (!category) return null;
  if ((DIAGNOSIS_CATEGORIES as readonly string[]).includes(category))
    return `referralInbox.diagnoses.${category}`;
  if ((DECLINE_REASONS as readonly string[]).includes(category))
    return `referralInbox.declineReasons.${category}`;
  return null;
}
