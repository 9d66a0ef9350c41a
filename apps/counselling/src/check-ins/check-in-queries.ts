import { Injectable } from '@nestjs/common';
import { CheckInRepository } from './check-in.repository';
import { ASSESSMENT_WEEKS, pointPrevalence, smokeFreeStreak, type PointPrevalence } from './quit-progress';
import { addDays } from './local-date';

/** A member's quitting progress: computed from their goal and check-ins by the pure rules. */
export interface QuitProgress {
  quitDate: string | null;
  streak: number;
  lastCheckInOn: string | null;
  pointPrevalence: { week: number; assessedOn: string; status: PointPrevalence }[];
}

/**
 * What other features ask about check-ins (the buddy view, the nudge job, the outcome report): progress
 * and last check-in days, never the check-ins themselves. Callers have decided access already.
 */
@Injectable()
export class CheckInQueries {
  constructor(private readonly checkIns: CheckInRepository) {}

  async progress(enrolmentIds: readonly string[], today: string): Promise<Map<string, QuitProgress>> {
    const [goals, days] = await Promise.all([
      this.checkIns.goalsOf(enrolmentIds),
      this.checkIns.days(enrolmentIds),
    ]);
    const quitDates = new Map(goals.map((g) => [g.enrolmentId, g.quitDate]));
    return new Map(
      enrolmentIds.map((id) => {
        const mine = days.filter((d) => d.enrolmentId === id);
        const quitDate = quitDates.get(id) ?? null;
        const lastCheckInOn =
          mine
            .map((d) => d.localDate)
            .sort()
            .at(-1) ?? null;
        return [
          id,
          {
            quitDate,
            streak: quitDate ? smokeFreeStreak(quitDate, mine) : 0,
            lastCheckInOn,
            pointPrevalence: quitDate
              ? ASSESSMENT_WEEKS.map((week) => ({
                  week,
                  assessedOn: addDays(quitDate, week * 7),
                  status: pointPrevalence(quitDate, week, mine, today),
                }))
              : [],
          },
        ];
      }),
    );
  }

  lastCheckIns(enrolmentIds: readonly string[]): Promise<Map<string, string>> {
    return this.checkIns.lastDays(enrolmentIds);
  }
}
