import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client';

/** Query keys of the counselling pages, under one root so a change can refresh a programme's views. */
export const counsellingKeys = {
  all: ['counselling'] as const,
  programmes: ['counselling', 'programmes'] as const,
  open: ['counselling', 'programmes', 'open'] as const,
  programme: (id: string) => ['counselling', 'programme', id] as const,
  part: (id: string, part: string, ...rest: string[]) =>
    ['counselling', 'programme', id, part, ...rest] as const,
  notifications: ['counselling', 'notifications'] as const,
};

export function useProgramme(id: string) {
  return useQuery({
    queryKey: counsellingKeys.programme(id),
    queryFn: () => unwrap(api.GET('/api/programmes/{id}', { params: { path: { id } } })),
  });
}

/** The programme's intake survey, or null when it has none yet (404 INTAKE_NOT_FOUND). */
export function useIntake(programmeId: string) {
  return useQuery({
    queryKey: counsellingKeys.part(programmeId, 'intake'),
    queryFn: () =>
      orNone(
        unwrap(api.GET('/api/programmes/{programmeId}/intake', { params: { path: { programmeId } } })),
        'INTAKE_NOT_FOUND',
      ),
  });
}

export function useEnrolments(programmeId: string, enabled = true) {
  return useQuery({
    queryKey: counsellingKeys.part(programmeId, 'enrolments'),
    enabled,
    queryFn: () =>
      unwrap(api.GET('/api/programmes/{programmeId}/enrolments', { params: { path: { programmeId } } })),
  });
}

/** A read whose 404 of the given code means "none yet" (null), not an error. */
export async function orNone<T>(call: Promise<T>, code: string): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && error.code === code) return null;
    throw error;
  }
}
