import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every time is shown as the station sees it, wherever the browser is. */
export const ZONE = 'Asia/Shanghai';

export function setDateLocale(language: string): void {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}

export function local(value: string | Date | Dayjs): Dayjs {
  return dayjs(value).tz(ZONE);
}

export function isEnglish(): boolean {
  return dayjs.locale() === 'en';
}

/** 11月28日 周五 09:00 / Fri 28 Nov 09:00 */
export function formatDateTime(value: string | Date): string {
  return local(value).format(isEnglish() ? 'ddd D MMM HH:mm' : 'M月D日 ddd HH:mm');
}

export function formatDate(value: string | Date): string {
  return local(value).format(isEnglish() ? 'D MMM YYYY' : 'YYYY年M月D日');
}

/** A local date (YYYY-MM-DD) as it is, not shifted by any zone. */
export function formatLocalDate(date: string): string {
  return dayjs(date).format(isEnglish() ? 'D MMM YYYY' : 'YYYY年M月D日');
}

/** 11月28日 周五 09:00–12:00, or both ends in full when it crosses midnight. */
export function formatRange(start: string, end: string): string {
  const a = local(start);
  const b = local(end);
  const sameDay = a.format('YYYY-MM-DD') === b.format('YYYY-MM-DD');
  return `${formatDateTime(start)}–${sameDay ? b.format('HH:mm') : formatDateTime(end)}`;
}

/** A date-time picked in the station's zone, as ISO 8601 with its +08:00 offset (what the API takes). */
export function toApiTime(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss'), ZONE).format('YYYY-MM-DDTHH:mm:ssZ');
}

/** The start and end of a local day in the station's zone, for `from`/`to` filters. */
export function dayBounds(date: Dayjs): { from: string; to: string } {
  const start = dayjs.tz(date.format('YYYY-MM-DD'), ZONE);
  return { from: start.toISOString(), to: start.add(1, 'day').toISOString() };
}

export function nowInZone(): Dayjs {
  return dayjs().tz(ZONE);
}

export { dayjs };
