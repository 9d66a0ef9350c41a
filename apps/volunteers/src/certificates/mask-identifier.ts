/**
 * Masks a student number or ID number for a certificate that anyone holding it (or its verification
 * page) can read: the first four and last two characters stay, so the holder can recognise it, and at
 * least four are starred. Short identifiers keep less: one at each end, then only the first, then none.
 */
export function maskIdentifier(identifier: string): string {
  const chars = Array.from(identifier.trim());
  const minimumMasked = 4;
  let head = 4;
  let tail = 2;
  const masked = () => chars.length - head - tail;
  while (masked() < minimumMasked && head > 1) head -= 1;
  while (masked() < minimumMasked && tail > 0) tail -= 1;
  if (masked() < minimumMasked) head = 0;
  return [
    ...chars.slice(0, head),
    '*'.repeat(chars.length - head - tail),
    ...chars.slice(chars.length - tail),
  ].join('');
}
