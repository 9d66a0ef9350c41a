/** A certificate as the rules see it: local dates (YYYY-MM-DD); no expiry date means it does not expire. */
export interface CertificationDates {
  name: string;
  issuedOn: string;
  expiresOn: string | null;
}

/**
 * Whether a certificate is valid on every day from `from` to `to` (local dates, inclusive): issued on
 * or before the first day, and not expired before the last. A shift that runs past midnight needs the
 * certificate on both days.
 */
export function validThrough(certificate: CertificationDates, from: string, to: string = from): boolean {
  return certificate.issuedOn <= from && (certificate.expiresOn === null || certificate.expiresOn >= to);
}
