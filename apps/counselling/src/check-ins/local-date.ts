/** The station's zone: days shown and counted (check-ins, quit dates) are days here. */
export const STATION_ZONE = 'Asia/Shanghai';

const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: STATION_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The local day (YYYY-MM-DD) an instant falls on in the station's zone. */
export function localDateOf(instant: Date): string {
  return format.format(instant);
}

/** The day `days` after (or before, when negative) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
