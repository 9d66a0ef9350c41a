import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { mapLimit } from '../../lib/map-limit';

/** Screeners reach a session's residents from an hour before it starts to two hours after it ends. */
export const LEAD_MINUTES = 60;
export const GRACE_MINUTES = 120;

export interface ScreeningShift {
  shift: Schemas['AssignmentShiftView'];
  sessionId: string;
}

/** Why a screener reads a resident's data: kept in the screening service's audit trail. */
export const SCREENER_REASON = '筛查现场登记与录入';

export const screenerKeys = {
  mine: ['screening', 'my-sessions'] as const,
  session: (id: string) => ['screening', 'sessions', id] as const,
  residents: (sessionId: string) => ['screening', 'sessions', sessionId, 'residents'] as const,
  results: (residentId: string) => ['screening', 'residents', residentId, 'results'] as const,
};

/** Whether the screener may work at it now (the service's own window). */
export function isOpenNow(shift: { startsAt: string; endsAt: string }, now = Date.now()): boolean {
  return (
    now >= Date.parse(shift.startsAt) - LEAD_MINUTES * 60_000 &&
    now <= Date.parse(shift.endsAt) + GRACE_MINUTES * 60_000
  );
}

/**
 * The screening sessions this volunteer is confirmed on, soonest first. An assignment does not say which
 * shifts come from a screening session, so each confirmed shift is read for its source (a handful).
 */
export function useMyScreeningSessions() {
  return useQuery({
    queryKey: screenerKeys.mine,
    queryFn: async (): Promise<ScreeningShift[]> => {
      const page = await unwrap(
        api.GET('/api/volunteers/me/assignments', {
          params: { query: { when: 'upcoming', status: 'confirmed', limit: 100 } },
        }),
      );
      const found = await mapLimit(page.items, 4, async (a) => {
        const shift = await unwrap(api.GET('/api/shifts/{id}', { params: { path: { id: a.shift.id } } }));
        return shift.source.type === 'screening_session' && shift.source.id
          ? { shift: a.shift, sessionId: shift.source.id }
          : null;
      });
      return found.filter((s) => s !== null);
    },
  });
}
