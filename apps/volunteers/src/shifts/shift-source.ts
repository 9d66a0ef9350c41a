import type { Shift } from './shift.entity';

/** A shift's origin as events carry it: `partner_event:<id>`, `screening_session:<id>`, or null if made here. */
export function shiftSource(shift: Pick<Shift, 'sourceType' | 'sourceId'>): string | null {
  return shift.sourceType === 'manual' || !shift.sourceId ? null : `${shift.sourceType}:${shift.sourceId}`;
}
