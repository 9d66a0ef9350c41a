/** The station's zone: a shift "on 2026-09-08" means that date in Shanghai, whatever the server's zone. */
export const STATION_TIME_ZONE = 'Asia/Shanghai';

const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: STATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDateOf(instant: Date): string {
  return format.format(instant);
}

/**
 * The local dates a span of time covers, first and last. A span that ends exactly at midnight does not
 * reach into the next day.
 */
export function localDatesOf(startsAt: Date, endsAt: Date): { startsOn: string; endsOn: string } {
  const lastInstant = new Date(Math.max(startsAt.getTime(), endsAt.getTime() - 1));
  return { startsOn: localDateOf(startsAt), endsOn: localDateOf(lastInstant) };
}

const clockFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: STATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/**
 * An instant as the station's wall clock with its offset, `2026-12-01T08:00:00+08:00`: what a message
 * to a volunteer names, where a UTC `…Z` would have them doing sums.
 */
export function localDateTimeOf(instant: Date): string {
  const part = Object.fromEntries(clockFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const offset = part.timeZoneName === 'GMT' ? '+00:00' : part.timeZoneName.slice('GMT'.length);
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}${offset}`;
}
