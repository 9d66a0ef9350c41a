import type { Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';

/** One event of a project as the feature that owns events reports it (no volunteer's name or contact). */
export interface ProjectEventSummary {
  eventId: string;
  title: string;
  organisationId: string;
  /** The event's own status (draft, submitted, approved, completed, …) as its feature names it. */
  status: string;
  /** The first occurrence's start, ISO 8601; null when it has none yet. */
  startsAt: string | null;
  volunteersNeeded: number;
  volunteersConfirmed: number;
  /** Hours verified (certified) at the event to date, two decimal places. */
  verifiedHours: number;
}

/**
 * A feature that links records to joint projects (partner events today; screening campaigns may
 * later, through an event of their own). It reports a project's events as the viewer may see them:
 * a partner member only what their organisation may see. The projects feature knows nothing else of it.
 */
export interface ProjectActivitySource {
  eventsOf(projectId: string, viewer: Principal): Promise<ProjectEventSummary[]>;
}

/**
 * The extension point of the project page: the projects feature exports it, a feature that knows a
 * project's events registers itself once at start-up (`activity.register(this)` in its onModuleInit),
 * and the page asks every registered source. With none registered, a project has no events yet.
 */
@Injectable()
export class ProjectActivity {
  private readonly sources: ProjectActivitySource[] = [];

  register(source: ProjectActivitySource): void {
    if (!this.sources.includes(source)) this.sources.push(source);
  }

  async eventsOf(projectId: string, viewer: Principal): Promise<ProjectEventSummary[]> {
    const lists = await Promise.all(this.sources.map((s) => s.eventsOf(projectId, viewer)));
    return lists.flat().sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
  }
}

export interface ProjectTotals {
  eventsCount: number;
  volunteersNeeded: number;
  volunteersConfirmed: number;
  verifiedHours: number;
}

/** The project page's totals over its events; hours to two decimal places. */
export function projectTotals(events: readonly ProjectEventSummary[]): ProjectTotals {
  const sum = (pick: (e: ProjectEventSummary) => number) => events.reduce((total, e) => total + pick(e), 0);
  return {
    eventsCount: events.length,
    volunteersNeeded: sum((e) => e.volunteersNeeded),
    volunteersConfirmed: sum((e) => e.volunteersConfirmed),
    verifiedHours: Math.round(sum((e) => e.verifiedHours) * 100) / 100,
  };
}
