export const CONSENT_KINDS = ['screening', 'data_processing', 'hospital_sharing'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** One consent as recorded (a resident's history of a kind is every one recorded, oldest first). */
export interface ConsentRecord {
  kind: ConsentKind;
  granted: boolean;
  withdrawnAt: Date | null;
}

export type ConsentStatus = 'granted' | 'refused' | 'withdrawn' | 'none';

/** Where a kind stands: the latest record of it decides (a later consent replaces a withdrawn one). */
export function consentStatus(history: readonly ConsentRecord[], kind: ConsentKind): ConsentStatus {
  const latest = history.filter((c) => c.kind === kind).at(-1);
  if (!latest) return 'none';
  if (!latest.granted) return 'refused';
  return latest.withdrawnAt ? 'withdrawn' : 'granted';
}

/** What a screening result needs on record: consent to the screening and to processing its data. */
export const RESULT_CONSENTS: readonly ConsentKind[] = ['screening', 'data_processing'];

export type ConsentCheck =
  { ok: true } | { ok: false; reason: 'withdrawn' | 'missing'; kinds: ConsentKind[] };

/**
 * Whether the resident's consents let a result be recorded. A withdrawal stops further processing and
 * says so (withdrawn), rather than looking like a consent never asked for (missing).
 */
export function consentFor(history: readonly ConsentRecord[], needed: readonly ConsentKind[]): ConsentCheck {
  const withdrawn = needed.filter((kind) => consentStatus(history, kind) === 'withdrawn');
  if (withdrawn.length > 0) return { ok: false, reason: 'withdrawn', kinds: withdrawn };
  const missing = needed.filter((kind) => consentStatus(history, kind) !== 'granted');
  return missing.length > 0 ? { ok: false, reason: 'missing', kinds: missing } : { ok: true };
}
