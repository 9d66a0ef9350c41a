import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const residentKeys = {
  resident: (id: string, reason: string) => ['screening', 'residents', id, 'details', reason] as const,
  results: (id: string) => ['screening', 'residents', id, 'results'] as const,
  pathway: (id: string) => ['screening', 'residents', id, 'pathway'] as const,
  campaign: (id: string) => ['screening', 'campaigns', id] as const,
};

/** The resident with their decrypted fields: read only once a reason is given (it is audited with it). */
export function useResident(id: string, reason: string | null) {
  return useQuery({
    queryKey: residentKeys.resident(id, reason ?? ''),
    enabled: Boolean(reason),
    queryFn: () =>
      unwrap(api.GET('/api/residents/{id}', { params: { path: { id }, query: { reason: reason! } } })),
  });
}

export function useResults(id: string, reason: string | null) {
  return useQuery({
    queryKey: residentKeys.results(id),
    enabled: Boolean(reason),
    queryFn: () =>
      unwrap(
        api.GET('/api/residents/{id}/results', {
          params: { path: { id }, query: { limit: 100, reason: reason! } },
        }),
      ),
  });
}

export function usePathway(id: string, reason: string | null) {
  return useQuery({
    queryKey: residentKeys.pathway(id),
    enabled: Boolean(reason),
    queryFn: () =>
      unwrap(
        api.GET('/api/residents/{id}/pathway', { params: { path: { id }, query: { reason: reason! } } }),
      ),
  });
}

export function useCampaign(id: string | undefined) {
  return useQuery({
    queryKey: residentKeys.campaign(id ?? ''),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
    queryFn: () => unwrap(api.GET('/api/campaigns/{id}', { params: { path: { id: id! } } })),
  });
}
