/** One rotating code of the volunteer's card, valid from `validFrom` until `rotatesAt`. */
export interface CardCode {
  code: string;
  validFrom: string;
  rotatesAt: string;
}

/**
 * The code to show now, by the phone's clock, from the codes fetched ahead: the one whose window holds
 * `now`, or null when none does (all used up, or the clock is before the first). Works offline.
 */
export function pickCardCode(codes: readonly CardCode[], now: number): CardCode | null {
  return codes.find((c) => Date.parse(c.validFrom) <= now && now < Date.parse(c.rotatesAt)) ?? null;
}

/** How many seconds of codes are left after `now`: fetch more while there is network and little left. */
export function secondsOfCodesLeft(codes: readonly CardCode[], now: number): number {
  const last = codes.at(-1);
  return last ? Math.max(0, Math.floor((Date.parse(last.rotatesAt) - now) / 1000)) : 0;
}

/** Seconds until the shown code rotates (0 when none is shown). */
export function secondsToRotation(code: CardCode | null, now: number): number {
  return code ? Math.max(0, Math.ceil((Date.parse(code.rotatesAt) - now) / 1000)) : 0;
}

/** Codes kept on the phone for a card opened without network: only those not yet past. */
export function keepableCodes(codes: readonly CardCode[], now: number): CardCode[] {
  return codes.filter((c) => Date.parse(c.rotatesAt) > now);
}
