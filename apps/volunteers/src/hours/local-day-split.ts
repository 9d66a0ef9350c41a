/**
 * Cutting a span of time at local midnights. Written against Intl rather than fixed offsets: Asia/Shanghai
 * has had no DST since 1991, but the same code stays right for a zone that has it, including zones whose
 * day starts at 01:00 on the day the clocks change.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD; an unknown zone throws a RangeError here.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDateIn(instant: Date | number, timeZone: string): string {
  return formatFor(timeZone).format(instant);
}

/** The longest local day there is (a DST fall-back day) is 25 h; the next date begins within 26 h. */
const MAX_DAY_MS = 26 * 3_600_000;

/**
 * The first instant after `from` whose local date is later than that of `from`. Found by bisection on
 * the formatted date (about 27 steps), which needs no knowledge of the zone's offsets.
 */
export function nextLocalDayStart(from: Date | number, timeZone: string): number {
  const start = typeof from === 'number' ? from : from.getTime();
  const date = localDateIn(start, timeZone);
  let before = start; // local date is `date`
  let after = start + MAX_DAY_MS; // local date is later
  while (after - before > 1) {
    const middle = before + Math.floor((after - before) / 2);
    if (localDateIn(middle, timeZone) > date) after = middle;
    else before = middle;
  }
  return after;
}

export interface LocalDayPart {
  /** YYYY-MM-DD in the zone. */
  date: string;
  milliseconds: number;
}

/** How much of [start, end) falls on each local date, in order; empty when end <= start. */
export function splitByLocalDate(start: Date, end: Date, timeZone: string): LocalDayPart[] {
  const parts: LocalDayPart[] = [];
  let from = start.getTime();
  const to = end.getTime();
  while (from < to) {
    const until = Math.min(nextLocalDayStart(from, timeZone), to);
    parts.push({ date: localDateIn(from, timeZone), milliseconds: until - from });
    from = until;
  }
  return parts;
}
