import { assertUnreachable } from '@linkage/errors';
import { hoursToUnits, unitsToHours, type HoursValue } from '../hours/hours-rules';
import { PointsError } from './points.error';

/**
 * Points are a ledger of their own, apart from hours: hours are a record of service under the national
 * rules, points are the station's own recognition and may change rules over time. Entries are only ever
 * appended; a correction is a further entry. These functions decide what to append and how to rank.
 */

export type PointsRule =
  | { kind: 'per_verified_hour'; points: number }
  | { kind: 'led_shift'; points: number }
  | { kind: 'training_attended'; points: number };

export type PointsRuleKind = PointsRule['kind'];
export type PointsEntryKind = PointsRuleKind | 'manual_award';
export type PointsSourceType = 'hours_record' | 'hours_adjustment' | 'shift' | 'training' | 'manual_award';

/**
 * One ledger line. (volunteerId, kind, sourceType, sourceId) is unique, so a retried event cannot be
 * counted twice if the table has that unique key.
 */
export interface PointsLedgerEntry {
  volunteerId: string;
  kind: PointsEntryKind;
  /** Whole points; negative for a reduction. */
  points: number;
  reason: string;
  sourceType: PointsSourceType;
  sourceId: string;
}

export type PointsEvent =
  | { type: 'hours_verified'; volunteerId: string; hoursRecordId: string; hours: HoursValue }
  | {
      /** A verified record's hours were changed; `previousPoints` is what the ledger already holds for it. */
      type: 'hours_adjusted';
      volunteerId: string;
      hoursRecordId: string;
      adjustmentId: string;
      previousPoints: number;
      hours: HoursValue;
    }
  | { type: 'shift_led'; volunteerId: string; shiftId: string }
  | { type: 'training_attended'; volunteerId: string; trainingId: string }
  | { type: 'manual_award'; volunteerId: string; awardId: string; points: number; reason: string };

const RULE_KINDS: readonly PointsRuleKind[] = ['per_verified_hour', 'led_shift', 'training_attended'];

/** A rule table is valid when each kind appears at most once with a whole, non-negative number of points. */
export function validatePointsRules(rules: readonly PointsRule[]): readonly PointsRule[] {
  const seen = new Set<string>();
  for (const rule of rules) {
    if (!RULE_KINDS.includes(rule.kind)) {
      throw new PointsError('POINTS_RULES_INVALID', `Unknown points rule "${String(rule.kind)}".`);
    }
    if (seen.has(rule.kind)) {
      throw new PointsError('POINTS_RULES_INVALID', `The points rule "${rule.kind}" is given twice.`);
    }
    if (!Number.isSafeInteger(rule.points) || rule.points < 0) {
      throw new PointsError(
        'POINTS_RULES_INVALID',
        `The points rule "${rule.kind}" must give a whole number of points, 0 or more; got ${rule.points}.`,
      );
    }
    seen.add(rule.kind);
  }
  return rules;
}

/** The ledger entries an event earns under a rule table: none when no rule applies or it gives 0. */
export function pointsFor(event: PointsEvent, rules: readonly PointsRule[]): PointsLedgerEntry[] {
  validatePointsRules(rules);
  const ruleFor = (kind: PointsRuleKind) => rules.find((rule) => rule.kind === kind);
  const { volunteerId } = event;
  const entries: PointsLedgerEntry[] = [];

  switch (event.type) {
    case 'hours_verified': {
      const rule = ruleFor('per_verified_hour');
      if (rule) {
        const units = hoursToUnits(event.hours);
        entries.push({
          volunteerId,
          kind: rule.kind,
          points: pointsForUnits(units, rule.points),
          reason: `${unitsToHours(units)} verified hours × ${rule.points} points per hour`,
          sourceType: 'hours_record',
          sourceId: event.hoursRecordId,
        });
      }
      break;
    }
    case 'hours_adjusted': {
      if (!Number.isSafeInteger(event.previousPoints)) {
        throw new RangeError(`previousPoints must be a whole number; got ${event.previousPoints}`);
      }
      const rule = ruleFor('per_verified_hour');
      const units = hoursToUnits(event.hours);
      // Against what was actually awarded, so the record ends at what the current rule gives.
      const points = (rule ? pointsForUnits(units, rule.points) : 0) - event.previousPoints;
      entries.push({
        volunteerId,
        kind: 'per_verified_hour',
        points,
        reason: `Verified hours adjusted to ${unitsToHours(units)}: ${event.previousPoints} points become ${event.previousPoints + points}`,
        sourceType: 'hours_adjustment',
        sourceId: event.adjustmentId,
      });
      break;
    }
    case 'shift_led': {
      const rule = ruleFor('led_shift');
      if (rule) {
        entries.push({
          volunteerId,
          kind: rule.kind,
          points: rule.points,
          reason: 'Led a shift',
          sourceType: 'shift',
          sourceId: event.shiftId,
        });
      }
      break;
    }
    case 'training_attended': {
      const rule = ruleFor('training_attended');
      if (rule) {
        entries.push({
          volunteerId,
          kind: rule.kind,
          points: rule.points,
          reason: 'Attended training',
          sourceType: 'training',
          sourceId: event.trainingId,
        });
      }
      break;
    }
    case 'manual_award': {
      const reason = event.reason.trim();
      if (!Number.isSafeInteger(event.points) || event.points === 0) {
        throw new PointsError(
          'MANUAL_AWARD_INVALID',
          `A manual award must be a whole number of points other than 0; got ${event.points}.`,
        );
      }
      if (!reason) throw new PointsError('MANUAL_AWARD_INVALID', 'A manual award needs a reason.');
      entries.push({
        volunteerId,
        kind: 'manual_award',
        points: event.points,
        reason,
        sourceType: 'manual_award',
        sourceId: event.awardId,
      });
      break;
    }
    default:
      return assertUnreachable(event);
  }
  return entries.filter((entry) => entry.points !== 0);
}

/** Whole points for half-hour units, rounded down: 3.5 h at 3 points an hour is 10. */
function pointsForUnits(units: number, pointsPerHour: number): number {
  return Math.floor((units * pointsPerHour) / 2);
}

export function balanceOf(entries: Iterable<Pick<PointsLedgerEntry, 'points'>>): number {
  let balance = 0;
  for (const entry of entries) balance += entry.points;
  return balance;
}

export interface TeamPointsEntries {
  teamId: string;
  teamName: string;
  /** The ledger entries of the team's members that count for the team. */
  entries: readonly Pick<PointsLedgerEntry, 'points' | 'volunteerId'>[];
}

export interface TeamPointsTotal {
  teamId: string;
  teamName: string;
  points: number;
}

export interface LeaderboardRow extends TeamPointsTotal {
  /** Competition ranking: teams level on points share a rank and the next rank is skipped (1, 1, 3). */
  rank: number;
}

/** Sums each team's entries and ranks the teams. */
export function leaderboard(teams: readonly TeamPointsEntries[]): LeaderboardRow[] {
  return rankByPoints(
    teams.map(({ teamId, teamName, entries }) => ({ teamId, teamName, points: balanceOf(entries) })),
  );
}

// Pinyin order for Chinese names, so equal teams appear as a reader expects.
const collator = new Intl.Collator('zh-Hans-CN', { sensitivity: 'variant', numeric: true });

/**
 * Ranks totals (from `leaderboard` or a SUM in the database): more points first; level teams by name in
 * pinyin order, then by id, so the order never changes between two requests.
 */
export function rankByPoints(totals: readonly TeamPointsTotal[]): LeaderboardRow[] {
  const sorted = [...totals].sort(
    (a, b) =>
      b.points - a.points ||
      collator.compare(a.teamName, b.teamName) ||
      (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0),
  );
  let rank = 0;
  return sorted.map((total, index) => {
    if (index === 0 || sorted[index - 1].points !== total.points) rank = index + 1;
    return { ...total, rank };
  });
}
