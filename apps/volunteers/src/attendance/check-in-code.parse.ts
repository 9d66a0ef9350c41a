import type { CheckInPurpose } from './qr-code';

const HEAD = /^c1\.([io])\.[0-9a-z]{1,11}\.([A-Za-z0-9_-]{1,64})\./;

/**
 * The shift and purpose a scanned code claims, so it can be verified against them; null when it is
 * not shaped like a code at all. Nothing here is trusted until verifyCheckInCode has checked the MAC.
 */
export function claimedByCode(code: string): { shiftId: string; purpose: CheckInPurpose } | null {
  const match = HEAD.exec(code.trim());
  if (!match) return null;
  return { shiftId: match[2], purpose: match[1] === 'i' ? 'check_in' : 'check_out' };
}
