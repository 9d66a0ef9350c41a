import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';

export type PartnerEvent = Schemas['EventRegistrationView'];
export type EventStaffing = Schemas['EventStaffingView'];
export type EventStatus = Schemas['EventStatus'];
type ListQuery = {
  status?: EventStatus;
  organisationId?: string;
  projectId?: string;
  from?: string;
  to?: string;
};

export const EVENT_KEY = 'partner-events';
/** Pages read at most for one list (100 each): a partner's events, a month of all partners' events. */
const MAX_PAGES = 10;

/** Every event the filter matches (up to MAX_PAGES pages), newest first. */
export async function allEvents(query: ListQuery): Promise<PartnerEvent[]> {
  const events: PartnerEvent[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await unwrap(
      api.GET('/api/events', { params: { query: { ...query, limit: 100, cursor } } }),
    );
    events.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return events;
}

export function useEvents(query: ListQuery) {
  return useQuery({ queryKey: [EVENT_KEY, 'list', query], queryFn: () => allEvents(query) });
}

export function useEvent(id: string | undefined) {
  return useQuery({
    queryKey: [EVENT_KEY, id],
    queryFn: () => unwrap(api.GET('/api/events/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
  });
}

/** Staffing is counted from the shifts an approval made; before that only the need is known. */
export const STAFFED: readonly EventStatus[] = ['approved', 'completed'];

export function useStaffing(event: Pick<PartnerEvent, 'id' | 'status'>) {
  return useQuery({
    queryKey: [EVENT_KEY, event.id, 'staffing'],
    queryFn: () => unwrap(api.GET('/api/events/{id}/staffing', { params: { path: { id: event.id } } })),
    enabled: STAFFED.includes(event.status),
  });
}

export type EventAction = 'submit' | 'request-changes' | 'approve' | 'reject' | 'cancel' | 'complete';

/** One move of an event's lifecycle, with the comment or reason it takes. */
function transition(id: string, action: EventAction, text: string): Promise<PartnerEvent> {
  const params = { path: { id } };
  const comment = text || undefined;
  switch (action) {
    case 'submit':
      return unwrap(api.POST('/api/events/{id}/submit', { params, body: { comment } }));
    case 'request-changes':
      return unwrap(api.POST('/api/events/{id}/request-changes', { params, body: { comment: text } }));
    case 'approve':
      return unwrap(api.POST('/api/events/{id}/approve', { params, body: { comment } }));
    case 'reject':
      return unwrap(api.POST('/api/events/{id}/reject', { params, body: { reason: text } }));
    case 'cancel':
      return unwrap(api.POST('/api/events/{id}/cancel', { params, body: { reason: text } }));
    case 'complete':
      return unwrap(api.POST('/api/events/{id}/complete', { params, body: { comment } }));
  }
}

export function useTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, text = '' }: { id: string; action: EventAction; text?: string }) =>
      transition(id, action, text),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [EVENT_KEY] }),
  });
}

/** Where an event's or a project's page is for whoever is looking: the partner's pages or the desk's. */
export function usePartnerLinks() {
  const desk = useLocation().pathname.startsWith('/c/');
  return {
    event: (id: string) => (desk ? `/c/partner-events/${id}` : `/p/events/${id}`),
    editEvent: (id: string) => `/p/events/${id}/edit`,
    project: (id: string) => (desk ? `/c/projects/${id}` : `/p/projects/${id}`),
  };
}
