/** A shift's origin as events carry it: `partner_event:<id>`, `screening_session:<id>`, or null if made here. */
export function shiftSource(shift: { sourceType: string; sourceId: string | null }): string | null {
  return shift.sourceType === 'manual' || !shift.sourceId ? null : `${shift.sourceType}:${shift.sourceId}`;
}
