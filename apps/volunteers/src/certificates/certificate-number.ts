/** LK-2026-000123: the year of issue and the year's running number (six digits, more when needed). */
export function formatCertificateNumber(year: number, value: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`Bad year ${year}`);
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`Bad certificate sequence ${value}`);
  return `LK-${year}-${String(value).padStart(6, '0')}`;
}

/** Whether a string is shaped like a certificate number, so anything else is a 404 without a query. */
export function isCertificateNumber(text: string): boolean {
  return /^LK-\d{4}-\d{6,9}$/.test(text);
}
