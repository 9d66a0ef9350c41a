/** The age bands screening is counted by (the national target is people aged 65 and over). */
export const AGE_BANDS = ['under_65', '65_69', '70_74', '75_79', '80_84', '85_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The local date (Asia/Shanghai, which has no daylight saving) of an instant, as YYYY-MM-DD. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Age in whole years on a day; someone born on 29 February turns a year older on 1 March. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function ageBand(age: number): AgeBand {
  if (age < 65) return 'under_65';
  if (age >= 85) return '85_plus';
  const from = 65 + Math.floor((age - 65) / 5) * 5;
  return `${from}_${from + 4}` as AgeBand;
}
