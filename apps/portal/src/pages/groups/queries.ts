import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { counsellingKeys, orNone } from '../../components/counselling/queries';

export function useOpenProgrammes() {
  return useQuery({
    queryKey: counsellingKeys.open,
    queryFn: () => unwrap(api.GET('/api/programmes/open', { params: { query: { limit: 100 } } })),
  });
}

/** The student's own application to a programme, or null before they apply. */
export function useMyApplication(programmeId: string) {
  return useQuery({
    queryKey: counsellingKeys.part(programmeId, 'application', 'me'),
    queryFn: () =>
      orNone(
        unwrap(
          api.GET('/api/programmes/{programmeId}/applications/me', { params: { path: { programmeId } } }),
        ),
        'APPLICATION_NOT_FOUND',
      ),
  });
}

export function useCounsellingNotifications() {
  return useQuery({
    queryKey: counsellingKeys.notifications,
    queryFn: () => unwrap(api.GET('/api/counselling/notifications')),
    refetchInterval: 60_000,
  });
}
