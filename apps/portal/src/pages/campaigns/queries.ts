import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** One campaign: its plan (partners, instruments, targets). */
export function useCampaign(id: string) {
  return useQuery({
    queryKey: ['campaigns', id],
    queryFn: () => unwrap(api.GET('/api/campaigns/{id}', { params: { path: { id } } })),
  });
}

/** The partner organisations one may link to a campaign (active ones, by name). */
export function useOrganisations() {
  return useQuery({
    queryKey: ['organisations', 'active'],
    queryFn: () =>
      unwrap(api.GET('/api/organisations', { params: { query: { status: 'active', limit: 100 } } })),
    staleTime: 60_000,
  });
}
