import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api, unwrap } from '../../api/client';
import { mapLimit } from '../../lib/map-limit';
import type { Declaration, DeclarationStatus } from './declarations';

/**
 * The declarations a reviewer may answer (coordinators: all; a team leader: their teams' shifts', not
 * their own), for the coordinators' desk and a team leader's phone alike, with the declared shifts'
 * titles (the API gives their ids). The texts are the desks' (`declarations.*`).
 */
export interface ReviewRow {
  declaration: Declaration;
  /** The declared shift's title; null when it names none (or it could not be read). */
  shiftTitle: string | null;
}

export type StatusFilter = DeclarationStatus | 'all';

async function loadQueue(status: StatusFilter): Promise<ReviewRow[]> {
  const list = await unwrap(
    api.GET('/api/hours/declarations', {
      params: { query: { status: status === 'all' ? undefined : status } },
    }),
  );
  const shiftIds = [...new Set(list.flatMap((d) => (d.shiftId ? [d.shiftId] : [])))];
  const shifts = await mapLimit(shiftIds, 6, (id) =>
    unwrap(api.GET('/api/shifts/{id}', { params: { path: { id } } })).catch(() => null),
  );
  return queueRows(list, new Map(shiftIds.map((id, i) => [id, shifts[i]?.title ?? null] as const)), status);
}

/**
 * The rows of the queue, each with its shift's title: pending ones the longest waiting first, the
 * answered ones as the API sends them (newest first).
 */
export function queueRows(
  list: readonly Declaration[],
  titles: ReadonlyMap<string, string | null>,
  status: StatusFilter,
): ReviewRow[] {
  const rows = list.map((declaration) => ({
    declaration,
    shiftTitle: declaration.shiftId ? (titles.get(declaration.shiftId) ?? null) : null,
  }));
  return status === 'pending'
    ? rows.sort((a, b) => a.declaration.createdAt.localeCompare(b.declaration.createdAt))
    : rows;
}

export function useReviewQueue(status: StatusFilter) {
  return useQuery({ queryKey: ['declarations', 'review', status], queryFn: () => loadQueue(status) });
}

/** Whom it was served for: the shift (by title), the partner organisation, or neither. */
export function servedFor(t: TFunction, row: ReviewRow): string {
  const d = row.declaration;
  if (d.partnerOrganisationName) return t('declarations.forPartner', { name: d.partnerOrganisationName });
  if (d.shiftId) return t('declarations.forShift', { title: row.shiftTitle ?? '—' });
  return t('declarations.forNone');
}
