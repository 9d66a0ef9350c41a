/**
 * The capacity a shift made from another context keeps when its source asks for `count` places: never
 * below the seats already taken (confirmed sign-ups and outstanding offers), because a partner lowering
 * its numbers must not cancel volunteers who already have a place; a coordinator settles the surplus.
 * (A manual PATCH answers 409 SHIFT_CAPACITY_BELOW_TAKEN instead; an event cannot be answered.)
 */
export function keptCapacity(count: number, seatsTaken: number): number {
  return Math.max(count, seatsTaken);
}
