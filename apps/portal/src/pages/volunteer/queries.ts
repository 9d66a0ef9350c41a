import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useAccount } from '../../auth/use-session';

export const keys = {
  me: ['volunteers', 'me'] as const,
  assignments: (when: 'upcoming' | 'past') => ['assignments', when] as const,
  openShifts: (filters: object) => ['shifts', 'open', filters] as const,
  hours: (volunteerId: string) => ['hours', volunteerId] as const,
  declarations: ['declarations', 'me'] as const,
  points: (volunteerId: string) => ['points', volunteerId] as const,
  certificates: (volunteerId: string) => ['certificates', volunteerId] as const,
  notifications: ['notifications'] as const,
  ledTeams: ['teams', 'led'] as const,
};

/** The volunteer id of the signed-in account (its token names it). */
export function useVolunteerId(): string {
  const account = useAccount();
  if (!account.volunteerId) throw new Error('This account is not linked to a volunteer profile');
  return account.volunteerId;
}

export function useMyProfile() {
  return useQuery({ queryKey: keys.me, queryFn: () => unwrap(api.GET('/api/volunteers/me')) });
}

export function useUnreadCount() {
  return useQuery({
    queryKey: [...keys.notifications, 'unread'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/volunteers/me/notifications', { params: { query: { limit: 1 } } })))
        .unreadCount,
    refetchInterval: 60_000,
  });
}

/**
 * The teams this volunteer leads. There is no "teams I lead" endpoint, so this reads the teams they are
 * in and each team's members (a leader may list them) and keeps those where they are a leader.
 */
export function useLedTeams() {
  const account = useAccount();
  return useQuery({
    queryKey: keys.ledTeams,
    enabled: Boolean(account.volunteerId),
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const teams = await unwrap(api.GET('/api/teams', { params: { query: { limit: 100 } } }));
      const led = await Promise.all(
        teams.items.map(async (team) => {
          const members = await unwrap(
            api.GET('/api/teams/{id}/members', { params: { path: { id: team.id }, query: { limit: 100 } } }),
          ).catch(() => ({ items: [] }));
          return members.items.some((m) => m.volunteerId === account.volunteerId && m.role === 'leader')
            ? team
            : null;
        }),
      );
      return led.filter((team) => team !== null);
    },
  });
}
