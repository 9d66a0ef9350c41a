/** A joint project's life: planned → active → completed, or cancelled before it completes. */
export const PROJECT_STATUSES = ['planned', 'active', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

const NEXT: Record<ProjectStatus, readonly ProjectStatus[]> = {
  planned: ['active', 'cancelled'],
  active: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** Whether a project may go from one status to the other; staying where it is always may. */
export function canChangeStatus(from: ProjectStatus, to: ProjectStatus): boolean {
  return from === to || NEXT[from].includes(to);
}
